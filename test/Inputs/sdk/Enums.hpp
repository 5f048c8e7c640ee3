// Stub of Microsoft 1DS C++ SDK (cpp_client_telemetry) v3.10.173.1 public API
// for piiflow tests: declarations written from the real header
// lib/include/public/Enums.hpp (microsoft/cpp_client_telemetry, checked at main
// 42cc8e55 = v3.10.173.1+26, whose API matches tag v3.10.173.1); shapes
// only, not the SDK's code.
#ifndef PIIFLOW_STUB_MAT_ENUMS_HPP
#define PIIFLOW_STUB_MAT_ENUMS_HPP

#include "ctmacros.hpp"

namespace MAT_NS_BEGIN
{
    enum status_t
    {
        STATUS_EFAIL = -1,
        STATUS_SUCCESS = 0,
    };

    enum DataCategory
    {
        DataCategory_PartC = 0,
        DataCategory_PartB = 1,
        DataCategory_MAX = 2
    };

    // How a value is personal data; the SDK handles tagged values specially.
    enum PiiKind
    {
        PiiKind_None = 0,
        PiiKind_DistinguishedName = 1,
        PiiKind_GenericData = 2,
        PiiKind_IPv4Address = 3,
        PiiKind_IPv6Address = 4,
        PiiKind_MailSubject = 5,
        PiiKind_PhoneNumber = 6,
        PiiKind_QueryString = 7,
        PiiKind_SipAddress = 8,
        PiiKind_SmtpAddress = 9,
        PiiKind_Identity = 10,
        PiiKind_Uri = 11,
        PiiKind_Fqdn = 12,
        PiiKind_IPv4AddressLegacy = 13,

        CustomerContentKind_GenericData = 32
    };

    enum AggregateType
    {
        AggregateType_Sum = 0,
        AggregateType_Maximum = 1,
        AggregateType_Minimum = 2,
        AggregateType_SumOfSquares = 3
    };

    enum AppLifecycleState
    {
        AppLifecycleState_Unknown = 0,
        AppLifecycleState_Launch = 1,
        AppLifecycleState_Exit = 2,
        AppLifecycleState_Suspend = 3,
        AppLifecycleState_Resume = 4,
        AppLifecycleState_Foreground = 5,
        AppLifecycleState_Background = 6
    };

    enum SessionState
    {
        Session_Started = 0,
        Session_Ended = 1,
    };

    enum ActionType
    {
        ActionType_Unspecified = 0,
        ActionType_Unknown = 1,
        ActionType_Other = 2,
        ActionType_Click = 3,
        ActionType_Pan = 5,
        ActionType_Zoom = 6,
        ActionType_Hover = 7
    };

    enum TraceLevel
    {
        TraceLevel_None = 0,
        TraceLevel_Error = 1,
        TraceLevel_Warning = 2,
        TraceLevel_Information = 3,
        TraceLevel_Verbose = 4
    };

    enum UserState
    {
        UserState_Unknown = 0,
        UserState_Connected = 1,
        UserState_Reachable = 2,
        UserState_SignedIn = 3,
        UserState_SignedOut = 4
    };

    enum EventPriority
    {
        EventPriority_Unspecified = -1,
        EventPriority_Off = 0,
        EventPriority_Low = 1,
        EventPriority_Normal = 2,
        EventPriority_High = 3,
        EventPriority_Immediate = 4
    };

    enum EventLatency
    {
        EventLatency_Unspecified = -1,
        EventLatency_Off = 0,
        EventLatency_Normal = 1,
        EventLatency_CostDeferred = 2,
        EventLatency_RealTime = 3,
        EventLatency_Max = 4,
    };

    enum EventPersistence
    {
        EventPersistence_Normal = 1,
        EventPersistence_Critical = 2,
        EventPersistence_DoNotStoreOnDisk = 3
    };
} MAT_NS_END

#endif
