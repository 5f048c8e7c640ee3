/*
 * Stub of GameAnalytics C++ SDK 5.4.0 public API for piiflow tests:
 * declarations written from the real header
 * source/gameanalytics/GameAnalyticsExtern.h (installed as
 * GameAnalytics/GameAnalyticsExtern.h; GameAnalytics/gameanalytics-sdk-cpp,
 * tag v5.4.0 = 511ab75); shapes only, not the SDK's code.  The C API used by
 * engine wrappers; only the subset piiflow needs is declared.
 */
#ifndef PIIFLOW_STUB_GA_EXTERNAL_H_
#define PIIFLOW_STUB_GA_EXTERNAL_H_

#ifdef __cplusplus
extern "C" {
#endif

#define GA_API

enum GAStatus : char { EGADisabled = 0, EGAEnabled };
enum GAResourceFlowType { EGASource = 1, EGASink = 2 };
enum GAProgressionStatus { EGAStart = 1, EGAComplete = 2, EGAFail = 3 };
enum GAErrorSeverity { EGADebug = 1, EGAInfo = 2, EGAWarning = 3, EGAError = 4, EGACritical = 5 };

GA_API void gameAnalytics_configureBuild(const char *build);
GA_API void gameAnalytics_configureUserId(const char *uId);
GA_API void gameAnalytics_configureExternalUserId(const char* extId);
GA_API void gameAnalytics_initialize(const char *gameKey, const char *gameSecret);

GA_API void gameAnalytics_addBusinessEvent(const char *currency, double amount, const char *itemType, const char *itemId, const char *cartType, const char *customFields, GAStatus mergeFields);
GA_API void gameAnalytics_addResourceEvent(GAResourceFlowType flowType, const char *currency, double amount, const char *itemType, const char *itemId, const char *customFields, GAStatus mergeFields);
GA_API void gameAnalytics_addProgressionEvent(GAProgressionStatus progressionStatus, const char *progression01, const char *progression02, const char *progression03, const char *customFields, GAStatus mergeFields);
GA_API void gameAnalytics_addProgressionEventWithScore(GAProgressionStatus progressionStatus, const char *progression01, const char *progression02, const char *progression03, int score, const char *customFields, GAStatus mergeFields);
GA_API void gameAnalytics_addDesignEvent(const char *eventId, const char *customFields, GAStatus mergeFields);
GA_API void gameAnalytics_addDesignEventWithValue(const char *eventId, double value, const char *customFields, GAStatus mergeFields);
GA_API void gameAnalytics_addErrorEvent(GAErrorSeverity severity, const char *message, const char *customFields, GAStatus mergeFields);

GA_API void gameAnalytics_setCustomDimension01(const char *dimension01);
GA_API void gameAnalytics_setCustomDimension02(const char *dimension02);
GA_API void gameAnalytics_setCustomDimension03(const char *dimension03);
GA_API void gameAnalytics_setGlobalCustomEventFields(const char *customFields);

GA_API const char* gameAnalytics_getUserId();
GA_API const char* gameAnalytics_getExternalUserId();

#ifdef __cplusplus
}
#endif

#endif
