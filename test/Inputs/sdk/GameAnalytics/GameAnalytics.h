// Stub of GameAnalytics C++ SDK 5.4.0 public API for piiflow tests:
// declarations written from the real header include/GameAnalytics/GameAnalytics.h
// (GameAnalytics/gameanalytics-sdk-cpp, tag v5.4.0 = 511ab75); shapes only,
// not the SDK's code.  Left out: configureHttpClient (a template over the
// SDK's GAHttpClient) and private members.
//
// customFields arguments are JSON object strings ("{\"key\": value}") that are
// added to the event; mergeFields merges them with the global custom fields.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "GameAnalytics/GATypes.h"

namespace gameanalytics
{
    class GameAnalytics
    {
     public:
         static void configureAvailableCustomDimensions01(const StringVector &customDimensions);
         static void configureAvailableCustomDimensions02(const StringVector &customDimensions);
         static void configureAvailableCustomDimensions03(const StringVector &customDimensions);
         static void configureAvailableResourceCurrencies(const StringVector &resourceCurrencies);
         static void configureAvailableResourceItemTypes(const StringVector &resourceItemTypes);

         static void configureBuild(std::string const& build);
         static void configureWritablePath(std::string const& writablePath);
         static void configureBuildPlatform(std::string const& platform);
         static void configureCustomLogHandler(const LogHandler &logHandler);
         static void disableDeviceInfo();
         static void configureDeviceModel(std::string const& deviceModel);
         static void configureDeviceManufacturer(std::string const& deviceManufacturer);
         static void configureSdkGameEngineVersion(std::string const& sdkGameEngineVersion);
         static void configureGameEngineVersion(std::string const& engineVersion);

         // Sent as "user_id" with every event.
         static void configureUserId(std::string const& uId);
         // Sent as "user_id_ext" with every event.
         static void configureExternalUserId(std::string const& extId);

         static void initialize(std::string const& gameKey, std::string const& gameSecret);

         static void addBusinessEvent(std::string const& currency, int amount, std::string const& itemType, std::string const& itemId, std::string const& cartType, std::string const& customFields = "", bool mergeFields = false);

         static void addResourceEvent(EGAResourceFlowType flowType, std::string const& currency, float amount, std::string const& itemType, std::string const& itemId, std::string const& customFields = "", bool mergeFields = false);

         static void addProgressionEvent(EGAProgressionStatus progressionStatus, std::string const& progression01, std::string const& progression02 = "", std::string const& progression03 = "", std::string const& customFields = "", bool mergeFields = false);
         static void addProgressionEvent(EGAProgressionStatus progressionStatus, int score, std::string const& progression01, std::string const& progression02 = "", std::string const& progression03 = "", std::string const& customFields = "", bool mergeFields = false);

         // eventId: "category:sub1:sub2:..." (the event name).
         static void addDesignEvent(std::string const& eventId, std::string const& customFields = "", bool mergeFields = false);
         static void addDesignEvent(std::string const& eventId, double value, std::string const& customFields = "", bool mergeFields = false);

         static void addErrorEvent(EGAErrorSeverity severity, std::string const& message, std::string const& customFields = "", bool mergeFields = false);

         static void setEnabledInfoLog(bool flag);
         static void setEnabledVerboseLog(bool flag);
         static void setEnabledManualSessionHandling(bool flag);
         static void setEnabledErrorReporting(bool flag);
         static void setEnabledEventSubmission(bool flag);
         // Sent as "custom_01".."custom_03" with every event.
         static void setCustomDimension01(std::string const& dimension01);
         static void setCustomDimension02(std::string const& dimension02);
         static void setCustomDimension03(std::string const& dimension03);

         static void enableSDKInitEvent(bool value = true);
         static void enableMemoryHistogram(bool value = true);
         static void enableFPSHistogram(FPSTracker fpsTracker, bool value = true);
         static void enableHardwareTracking(bool value = true);

         // JSON object string added to every event.
         static void setGlobalCustomEventFields(std::string const& customFields);

         static void startSession();
         static void endSession();

         static std::string getRemoteConfigsValueAsString(std::string const& key, std::string const& defaultValue = "");
         static std::string getRemoteConfigsValueAsJson(std::string const& key);
         static bool        isRemoteConfigsReady();
         static void        addRemoteConfigsListener(const std::shared_ptr<IRemoteConfigsListener> &listener);
         static void        removeRemoteConfigsListener(const std::shared_ptr<IRemoteConfigsListener> &listener);
         static std::string getRemoteConfigsContentAsString();

         static std::string getUserId();
         static std::string getExternalUserId();
         static std::string getABTestingId();
         static std::string getABTestingVariantId();

         static int64_t getElapsedSessionTime();
         static int64_t getElapsedTimeFromAllSessions();
         static int64_t getElapsedTimeForPreviousSession();

         static void onResume();
         static void onSuspend();
         static void onQuit();
         static bool isThreadEnding();
    };
} // namespace gameanalytics
