// Stub of Microsoft 1DS C++ SDK (cpp_client_telemetry) v3.10.173.1 public API
// for piiflow tests: declarations written from the real header
// lib/include/public/LogManagerBase.hpp (microsoft/cpp_client_telemetry, checked at main
// 42cc8e55 = v3.10.173.1+26, whose API matches tag v3.10.173.1); shapes
// only, not the SDK's code.
#ifndef PIIFLOW_STUB_MAT_LOGMANAGERBASE_HPP
#define PIIFLOW_STUB_MAT_LOGMANAGERBASE_HPP

#include "ctmacros.hpp"
#include "Enums.hpp"
#include "ILogger.hpp"
#include "ISemanticContext.hpp"

#include <cstdint>
#include <string>

namespace MAT_NS_BEGIN
{
    class ILogConfiguration
    {
    public:
        virtual ~ILogConfiguration() {}
    };

    // Static facade over the process-wide log manager.  Context set here
    // applies to the events of every logger.
    template <class ModuleConfiguration>
    class LogManagerBase
    {
    public:
        static ILogConfiguration& GetLogConfiguration();
        static ILogger* Initialize();
        static ILogger* Initialize(const std::string& tenantToken);
        static ILogger* Initialize(const std::string& tenantToken, ILogConfiguration& configuration);
        static status_t FlushAndTeardown();
        static status_t UploadNow();
        static status_t Flush();

        static ISemanticContext* GetSemanticContext();
        static status_t SetContext(const std::string& name, const std::string& value, PiiKind piiKind = PiiKind_None);
        static status_t SetContext(const std::string& name, const char* value, PiiKind piiKind = PiiKind_None);
        static status_t SetContext(const std::string& name, double value, PiiKind piiKind = PiiKind_None);
        static status_t SetContext(const std::string& name, int64_t value, PiiKind piiKind = PiiKind_None);
        static status_t SetContext(const std::string& name, int8_t value, PiiKind piiKind = PiiKind_None);
        static status_t SetContext(const std::string& name, int16_t value, PiiKind piiKind = PiiKind_None);
        static status_t SetContext(const std::string& name, int32_t value, PiiKind piiKind = PiiKind_None);
        static status_t SetContext(const std::string& name, uint8_t value, PiiKind piiKind = PiiKind_None);
        static status_t SetContext(const std::string& name, uint16_t value, PiiKind piiKind = PiiKind_None);
        static status_t SetContext(const std::string& name, uint32_t value, PiiKind piiKind = PiiKind_None);
        static status_t SetContext(const std::string& name, uint64_t value, PiiKind piiKind = PiiKind_None);
        static status_t SetContext(const std::string& name, bool value, PiiKind piiKind = PiiKind_None);
        static status_t SetContext(const std::string& name, time_ticks_t value, PiiKind piiKind = PiiKind_None);
        static status_t SetContext(const std::string& name, GUID_t value, PiiKind piiKind = PiiKind_None);

        static ILogger* GetLogger();
        static ILogger* GetLogger(const std::string& source);
        static ILogger* GetLogger(const std::string& tenantToken, const std::string& source);
    };
} MAT_NS_END

// The real macro defines the template's static members for one module.
#define DEFINE_LOGMANAGER(LogManagerClass, LogConfigurationClass) \
    template class LogManagerBase<LogConfigurationClass>

#endif
