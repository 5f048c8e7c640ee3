// Stub of Microsoft 1DS C++ SDK (cpp_client_telemetry) v3.10.173.1 public API
// for piiflow tests: declarations written from the real header
// lib/include/public/ILogger.hpp (microsoft/cpp_client_telemetry, checked at main
// 42cc8e55 = v3.10.173.1+26, whose API matches tag v3.10.173.1); shapes
// only, not the SDK's code.
#ifndef PIIFLOW_STUB_MAT_ILOGGER_HPP
#define PIIFLOW_STUB_MAT_ILOGGER_HPP

#include "ctmacros.hpp"
#include "Enums.hpp"
#include "EventProperties.hpp"
#include "ISemanticContext.hpp"

#include <cstdint>
#include <map>
#include <string>

namespace MAT_NS_BEGIN
{
    struct PageActionData
    {
        std::string pageViewId;
        ActionType actionType;
        std::string targetItemId;
        std::string destinationUri;
        PageActionData(std::string const& pvId, ActionType actType)
            : pageViewId(pvId), actionType(actType) {}
    };

    struct AggregatedMetricData
    {
        std::string name;
        long duration;
        long count;
        std::string units;
        std::string instanceName;
        std::string objectClass;
        std::string objectId;
        std::map<AggregateType, double> aggregates;
        AggregatedMetricData(std::string const& aggrName, long aggrDuration, long aggrCount)
            : name(aggrName), duration(aggrDuration), count(aggrCount) {}
    };

    // Sends events to the 1DS collector.  Context set on a logger is added to
    // every event it sends.
    class MATSDK_LIBABI ILogger
    {
    public:
        virtual ~ILogger() {}

        virtual ISemanticContext* GetSemanticContext() const = 0;

        virtual void SetContext(const std::string& name, const char value[], PiiKind piiKind = PiiKind_None) = 0;
        virtual void SetContext(const std::string& name, const std::string& value, PiiKind piiKind = PiiKind_None) = 0;
        virtual void SetContext(const std::string& name, double value, PiiKind piiKind = PiiKind_None) = 0;
        virtual void SetContext(const std::string& name, int64_t value, PiiKind piiKind = PiiKind_None) = 0;
        virtual void SetContext(const std::string& name, int8_t value, PiiKind piiKind = PiiKind_None) = 0;
        virtual void SetContext(const std::string& name, int16_t value, PiiKind piiKind = PiiKind_None) = 0;
        virtual void SetContext(const std::string& name, int32_t value, PiiKind piiKind = PiiKind_None) = 0;
        virtual void SetContext(const std::string& name, uint8_t value, PiiKind piiKind = PiiKind_None) = 0;
        virtual void SetContext(const std::string& name, uint16_t value, PiiKind piiKind = PiiKind_None) = 0;
        virtual void SetContext(const std::string& name, uint32_t value, PiiKind piiKind = PiiKind_None) = 0;
        virtual void SetContext(const std::string& name, uint64_t value, PiiKind piiKind = PiiKind_None) = 0;
        virtual void SetContext(const std::string& name, bool value, PiiKind piiKind = PiiKind_None) = 0;
        virtual void SetContext(const std::string& name, time_ticks_t value, PiiKind piiKind = PiiKind_None) = 0;
        virtual void SetContext(const std::string& name, GUID_t value, PiiKind piiKind = PiiKind_None) = 0;
        virtual void SetContext(const std::string& name, const EventProperty& prop) = 0;
        virtual void SetParentContext(ISemanticContext* context) = 0;

        virtual void LogAppLifecycle(AppLifecycleState state, EventProperties const& properties) = 0;
        virtual void LogSession(SessionState state, const EventProperties& properties) = 0;
        virtual void LogEvent(std::string const& name) = 0;
        virtual void LogEvent(EventProperties const& properties) = 0;
        virtual void LogFailure(std::string const& signature,
            std::string const& detail,
            EventProperties const& properties) = 0;
        virtual void LogFailure(std::string const& signature,
            std::string const& detail,
            std::string const& category,
            std::string const& id,
            EventProperties const& properties) = 0;
        virtual void LogPageView(std::string const& id,
            std::string const& pageName,
            EventProperties const& properties) = 0;
        virtual void LogPageView(std::string const& id,
            std::string const& pageName,
            std::string const& category,
            std::string const& uri,
            std::string const& referrerUri,
            EventProperties const& properties) = 0;
        virtual void LogPageAction(std::string const& pageViewId,
            ActionType actionType,
            EventProperties const& properties) = 0;
        virtual void LogPageAction(PageActionData const& pageActionData,
            EventProperties const& properties) = 0;
        virtual void LogSampledMetric(std::string const& name,
            double value,
            std::string const& units,
            EventProperties const& properties) = 0;
        virtual void LogSampledMetric(std::string const& name,
            double value,
            std::string const& units,
            std::string const& instanceName,
            std::string const& objectClass,
            std::string const& objectId,
            EventProperties const& properties) = 0;
        virtual void LogAggregatedMetric(std::string const& name,
            long duration,
            long count,
            EventProperties const& properties) = 0;
        virtual void LogAggregatedMetric(AggregatedMetricData const& metricData,
            EventProperties const& properties) = 0;
        virtual void LogTrace(TraceLevel level,
            std::string const& message,
            EventProperties const& properties) = 0;
        virtual void LogUserState(UserState state,
            long timeToLiveInMillis,
            EventProperties const& properties) = 0;
        virtual void SetLevel(uint8_t level) = 0;
    };
} MAT_NS_END

#endif
