// Stub of GameAnalytics C++ SDK 3.2.6 (legacy, archived 2024-11-01) public
// API for piiflow tests: declarations written from the real header
// source/gameanalytics/GameAnalytics.h (GameAnalytics/GA-SDK-CPP, master
// 3ad3eb5 = 3.2.6+9); shapes only, not the SDK's code.  Users of the legacy
// SDK put source/gameanalytics on the include path and write
// #include "GameAnalytics.h".  Left out: the USE_UWP std::wstring overloads
// and private members.  Do not include together with
// GameAnalytics/GameAnalytics.h (5.x): both declare gameanalytics::GameAnalytics.
#pragma once

#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace gameanalytics
{
    enum EGAResourceFlowType { Source = 1, Sink = 2 };
    enum EGAProgressionStatus { Start = 1, Complete = 2, Fail = 3 };
    enum EGAErrorSeverity { Debug = 1, Info = 2, Warning = 3, Error = 4, Critical = 5 };
    enum EGALoggerMessageType { LogError = 0, LogWarning = 1, LogInfo = 2, LogDebug = 3 };

    class IRemoteConfigsListener
    {
        public:
            virtual void onRemoteConfigsUpdated() = 0;
    };

    struct CharArray
    {
        char array[65] = "";
    };

    struct StringVector
    {
        StringVector& add(const char* s) { return *this; }
        const std::vector<CharArray>& getVector() const { return v; }
    private:
        std::vector<CharArray> v;
    };

    class GameAnalytics
    {
     public:
         typedef std::function<void(const char *, EGALoggerMessageType)> LogHandler;

         static void configureAvailableCustomDimensions01(const StringVector &customDimensions);
         static void configureAvailableCustomDimensions01(const char *customDimensions);
         static void configureAvailableCustomDimensions02(const StringVector &customDimensions);
         static void configureAvailableCustomDimensions02(const char *customDimensions);
         static void configureAvailableCustomDimensions03(const StringVector &customDimensions);
         static void configureAvailableCustomDimensions03(const char *customDimensions);
         static void configureAvailableResourceCurrencies(const StringVector &resourceCurrencies);
         static void configureAvailableResourceCurrencies(const char *resourceCurrencies);
         static void configureAvailableResourceItemTypes(const StringVector &resourceItemTypes);
         static void configureAvailableResourceItemTypes(const char *resourceItemTypes);
         static void configureBuild(const char *build);
         static void configureWritablePath(const char *writablePath);
         static void configureBuildPlatform(const char *platform);
         static void configureCustomLogHandler(const LogHandler &logHandler);
         static void disableDeviceInfo();
         static void configureDeviceModel(const char *deviceModel);
         static void configureDeviceManufacturer(const char *deviceManufacturer);
         static void configureSdkGameEngineVersion(const char *sdkGameEngineVersion);
         static void configureGameEngineVersion(const char *engineVersion);

         static void configureUserId(const char *uId);

         static void initialize(const char *gameKey, const char *gameSecret);

         static void addBusinessEvent(const char *currency, int amount, const char *itemType, const char *itemId, const char *cartType);
         static void addBusinessEvent(const char *currency, int amount, const char *itemType, const char *itemId, const char *cartType, const char *customFields);
         static void addBusinessEvent(const char *currency, int amount, const char *itemType, const char *itemId, const char *cartType, const char *customFields, bool mergeFields);

         static void addResourceEvent(EGAResourceFlowType flowType, const char *currency, float amount, const char *itemType, const char *itemId);
         static void addResourceEvent(EGAResourceFlowType flowType, const char *currency, float amount, const char *itemType, const char *itemId, const char *customFields);
         static void addResourceEvent(EGAResourceFlowType flowType, const char *currency, float amount, const char *itemType, const char *itemId, const char *customFields, bool mergeFields);

         static void addProgressionEvent(EGAProgressionStatus progressionStatus, const char *progression01, const char *progression02, const char *progression03);
         static void addProgressionEvent(EGAProgressionStatus progressionStatus, const char *progression01, const char *progression02, const char *progression03, const char *customFields);
         static void addProgressionEvent(EGAProgressionStatus progressionStatus, const char *progression01, const char *progression02, const char *progression03, const char *customFields, bool mergeFields);
         static void addProgressionEvent(EGAProgressionStatus progressionStatus, const char *progression01, const char *progression02, const char *progression03, int score);
         static void addProgressionEvent(EGAProgressionStatus progressionStatus, const char *progression01, const char *progression02, const char *progression03, int score, const char *customFields);
         static void addProgressionEvent(EGAProgressionStatus progressionStatus, const char *progression01, const char *progression02, const char *progression03, int score, const char *customFields, bool mergeFields);

         static void addDesignEvent(const char *eventId);
         static void addDesignEvent(const char *eventId, const char *customFields);
         static void addDesignEvent(const char *eventId, const char *customFields, bool mergeFields);
         static void addDesignEvent(const char *eventId, double value);
         static void addDesignEvent(const char *eventId, double value, const char *customFields);
         static void addDesignEvent(const char *eventId, double value, const char *customFields, bool mergeFields);

         static void addErrorEvent(EGAErrorSeverity severity, const char *message);
         static void addErrorEvent(EGAErrorSeverity severity, const char *message, const char *customFields);
         static void addErrorEvent(EGAErrorSeverity severity, const char *message, const char *customFields, bool mergeFields);

         static void setEnabledInfoLog(bool flag);
         static void setEnabledVerboseLog(bool flag);
         static void setEnabledManualSessionHandling(bool flag);
         static void setEnabledErrorReporting(bool flag);
         static void setEnabledEventSubmission(bool flag);
         static void setCustomDimension01(const char *dimension01);
         static void setCustomDimension02(const char *dimension02);
         static void setCustomDimension03(const char *dimension03);

         static void setGlobalCustomEventFields(const char *customFields);

         static void startSession();
         static void endSession();

         static std::vector<char> getRemoteConfigsValueAsString(const char *key);
         static std::vector<char> getRemoteConfigsValueAsString(const char *key, const char *defaultValue);
         static bool isRemoteConfigsReady();
         static void addRemoteConfigsListener(const std::shared_ptr<IRemoteConfigsListener> &listener);
         static void removeRemoteConfigsListener(const std::shared_ptr<IRemoteConfigsListener> &listener);
         static std::vector<char> getRemoteConfigsContentAsString();
         static std::vector<char> getABTestingId();
         static std::vector<char> getABTestingVariantId();

         static void onResume();
         static void onSuspend();
         static void onQuit();
         static bool isThreadEnding();
    };
} // namespace gameanalytics
