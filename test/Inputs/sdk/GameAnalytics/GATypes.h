// Stub of GameAnalytics C++ SDK 5.4.0 public API for piiflow tests:
// declarations written from the real header include/GameAnalytics/GATypes.h
// (GameAnalytics/gameanalytics-sdk-cpp, tag v5.4.0 = 511ab75); shapes only,
// not the SDK's code.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace gameanalytics
{
    enum EGAResourceFlowType { Source = 1, Sink = 2 };
    enum EGAProgressionStatus { Start = 1, Complete = 2, Fail = 3 };
    enum EGAErrorSeverity { Debug = 1, Info = 2, Warning = 3, Error = 4, Critical = 5 };
    enum EGALoggerMessageType { LogError = 0, LogWarning = 1, LogInfo = 2, LogDebug = 3, LogVerbose = 4 };

    using StringVector = std::vector<std::string>;
    using LogHandler = std::function<void(std::string const&, EGALoggerMessageType)>;
    using FPSTracker = std::function<float()>;

    struct IRemoteConfigsListener
    {
        virtual void onRemoteConfigsUpdated(std::string const& remoteConfigs) = 0;
    };
}
