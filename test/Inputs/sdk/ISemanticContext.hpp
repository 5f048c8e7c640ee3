// Stub of Microsoft 1DS C++ SDK (cpp_client_telemetry) v3.10.173.1 public API
// for piiflow tests: declarations written from the real header
// lib/include/public/ISemanticContext.hpp (microsoft/cpp_client_telemetry, checked at main
// 42cc8e55 = v3.10.173.1+26, whose API matches tag v3.10.173.1); shapes
// only, not the SDK's code.
#ifndef PIIFLOW_STUB_MAT_ISEMANTICCONTEXT_HPP
#define PIIFLOW_STUB_MAT_ISEMANTICCONTEXT_HPP

#include "ctmacros.hpp"
#include "Enums.hpp"
#include "EventProperty.hpp"

#include <string>

namespace MAT_NS_BEGIN
{
    // Part A ("common fields") of every event: app, device, OS and user.  The
    // real header declares most setters with DECLARE_COMMONFIELD(Name, key),
    // which expands to `virtual void SetName(const std::string&)`.
    class MATSDK_LIBABI ISemanticContext
    {
    public:
        virtual ~ISemanticContext() {}

        virtual void SetAppEnv(const std::string& appEnv) {}
        virtual void SetAppId(const std::string& appId) {}
        virtual void SetAppName(const std::string& appName) {}
        virtual void SetAppVersion(const std::string& appVersion) {}
        virtual void SetAppLanguage(const std::string& appLanguage) {}
        virtual void SetAppExperimentIds(const std::string& appExperimentIds) {}
        virtual void SetAppExperimentETag(std::string const& appExperimentETag) {}
        virtual void SetAppExperimentImpressionId(const std::string& impressionId) {}
        virtual void SetEventExperimentIds(std::string const& eventName, std::string const& experimentIds) {}
        virtual void ClearExperimentIds() {}

        virtual void SetDeviceId(const std::string& deviceId) {}            // "DeviceInfo.Id"
        virtual void SetDeviceMake(const std::string& deviceMake) {}
        virtual void SetDeviceModel(const std::string& deviceModel) {}
        virtual void SetDeviceClass(const std::string& deviceClass) {}
        virtual void SetDeviceOrgId(const std::string& deviceOrgId) {}

        virtual void SetNetworkProvider(const std::string& networkProvider) {}
        virtual void SetOsName(const std::string& osName) {}
        virtual void SetOsVersion(const std::string& osVersion) {}
        virtual void SetOsBuild(const std::string& osBuild) {}

        virtual void SetUserId(std::string const& userId, PiiKind piiKind = PiiKind_Identity) {}  // "UserInfo.Id"
        virtual void SetUserMsaId(const std::string& userMsaId) {}                 // "UserInfo.MsaId"
        virtual void SetUserANID(const std::string& userANID) {}                   // "UserInfo.ANID"
        virtual void SetUserAdvertisingId(const std::string& userAdvertisingId) {} // "UserInfo.AdvertisingId"
        virtual void SetUserLanguage(const std::string& userLanguage) {}
        virtual void SetUserTimeZone(const std::string& userTimeZone) {}
        virtual void SetCommercialId(const std::string& commercialId) {}

        virtual void SetCommonField(const std::string& name, const EventProperty& value) {}
        virtual void SetCustomField(const std::string& name, const EventProperty& value) {}
    };
} MAT_NS_END

#endif
