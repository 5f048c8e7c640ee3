// Unreal system sources: login and device ids, computer and user names.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
// RUN: cp %s %t.tidy.cpp && %tidy --fix %t.tidy.cpp -- %cxxflags > /dev/null
// RUN: cp %s %t.tool.cpp && %expect-exit 1 %piiflow --fix %t.tool.cpp -- %cxxflags > /dev/null
// RUN: diff %t.tidy.cpp %t.tool.cpp
// RUN: not diff -U0 %s %t.tool.cpp | FileCheck --check-prefix=FIX %s
// RUN: %clang -fsyntax-only %cxxflags %t.tool.cpp
// Usage of Unreal Engine platform identity functions (UE 5.x) with IAnalyticsProvider through the piiflow stubs.
#include "Analytics.h"
#include "CoreMinimal.h"
#include "HAL/PlatformMisc.h"
#include "HAL/PlatformProcess.h"
#include "Interfaces/IAnalyticsProvider.h"

// Positive: computer name and OS user name as the analytics user id (a common editor-telemetry pattern).
void IdentifyWorkstation(IAnalyticsProvider &Provider) {
  Provider.SetUserID(FString(FPlatformProcess::ComputerName()) + TEXT("\\") + FString(FPlatformProcess::UserName(false)));
}

// Negative: a constant user id.
void IdentifyKiosk(IAnalyticsProvider &Provider) {
  Provider.SetUserID(TEXT("kiosk"));
}

// Positive: the login id as an event attribute.
void ReportLogin(IAnalyticsProvider &Provider) {
  Provider.RecordEvent(TEXT("Login"), MakeAnalyticsEventAttributeArray(TEXT("LoginId"), FPlatformMisc::GetLoginId()));
}

// Negative: the OS version as an event attribute.
void ReportOs(IAnalyticsProvider &Provider) {
  Provider.RecordEvent(TEXT("Os"), MakeAnalyticsEventAttributeArray(TEXT("OSVersion"), FPlatformMisc::GetOSVersion()));
}

// Positive: device id, advertising id and MAC address as default attributes.
void TagDevice(IAnalyticsProvider &Provider) {
  TArray<FAnalyticsEventAttribute> Defaults;
  Defaults.Add(FAnalyticsEventAttribute(TEXT("DeviceId"), FPlatformMisc::GetDeviceId()));
  Defaults.Add(FAnalyticsEventAttribute(TEXT("AdId"), FPlatformMisc::GetUniqueAdvertisingId()));
  Defaults.Add(FAnalyticsEventAttribute(TEXT("Mac"), FPlatformMisc::GetMacAddressString()));
  Provider.SetDefaultEventAttributes(MoveTemp(Defaults));
}

// Negative: CPU brand as a default attribute.
void TagHardware(IAnalyticsProvider &Provider) {
  TArray<FAnalyticsEventAttribute> Defaults;
  Defaults.Add(FAnalyticsEventAttribute(TEXT("CPU"), FPlatformMisc::GetCPUBrand()));
  Provider.SetDefaultEventAttributes(MoveTemp(Defaults));
}

// Positive: the OS install id and Epic account id in an error message.
void ReportCrash(IAnalyticsProvider &Provider) {
  Provider.RecordError(FString::Printf(TEXT("crash on %s (%s)"), *FPlatformMisc::GetOperatingSystemId(),
                                       *FPlatformMisc::GetEpicAccountId()));
}

// Negative: the process id in an error message.
void ReportHang(IAnalyticsProvider &Provider) {
  Provider.RecordError(FString::Printf(TEXT("hang in process %u"), FPlatformProcess::GetCurrentProcessId()));
}

// CHECK: unreal-system-sources.cpp:20:12: warning: device identifier sent to the configured Unreal Engine analytics provider (IAnalyticsProvider) as user identity in call to 'IAnalyticsProvider::SetUserID' [privacy-pii-to-analytics]
// CHECK: unreal-system-sources.cpp:20:30: note: the result of 'FUnixPlatformProcess::ComputerName' is a device identifier (function 'FUnixPlatformProcess::ComputerName')
// CHECK: unreal-system-sources.cpp:20:12: warning: username sent to the configured Unreal Engine analytics provider (IAnalyticsProvider) as user identity in call to 'IAnalyticsProvider::SetUserID' [privacy-pii-to-analytics]
// CHECK: unreal-system-sources.cpp:20:87: note: the result of 'FUnixPlatformProcess::UserName' is a username (function 'FUnixPlatformProcess::UserName')
// CHECK: unreal-system-sources.cpp:30:12: warning: device identifier sent to the configured Unreal Engine analytics provider (IAnalyticsProvider) as event property "LoginId" in call to 'IAnalyticsProvider::RecordEvent' [privacy-pii-to-analytics]
// CHECK: unreal-system-sources.cpp:30:89: note: the result of 'FUnixPlatformMisc::GetLoginId' is a device identifier (function 'FUnixPlatformMisc::GetLoginId')
// CHECK: unreal-system-sources.cpp:30:89: note: stored under key "LoginId"
// CHECK: unreal-system-sources.cpp:44:12: warning: advertising identifier sent to the configured Unreal Engine analytics provider (IAnalyticsProvider) as event property "AdId" in call to 'IAnalyticsProvider::SetDefaultEventAttributes' [privacy-pii-to-analytics]
// CHECK: unreal-system-sources.cpp:42:55: note: the result of 'FGenericPlatformMisc::GetUniqueAdvertisingId' is an advertising identifier (function 'FGenericPlatformMisc::GetUniqueAdvertisingId')
// CHECK: unreal-system-sources.cpp:42:16: note: stored under key "AdId"
// CHECK: unreal-system-sources.cpp:44:12: warning: device identifier sent to the configured Unreal Engine analytics provider (IAnalyticsProvider) as event property "DeviceId" in call to 'IAnalyticsProvider::SetDefaultEventAttributes' [privacy-pii-to-analytics]
// CHECK: unreal-system-sources.cpp:41:59: note: the result of 'FGenericPlatformMisc::GetDeviceId' is a device identifier (function 'FGenericPlatformMisc::GetDeviceId')
// CHECK: unreal-system-sources.cpp:41:16: note: stored under key "DeviceId"
// CHECK: unreal-system-sources.cpp:44:12: warning: device identifier sent to the configured Unreal Engine analytics provider (IAnalyticsProvider) as event property "Mac" in call to 'IAnalyticsProvider::SetDefaultEventAttributes' [privacy-pii-to-analytics]
// CHECK: unreal-system-sources.cpp:43:54: note: the result of 'FGenericPlatformMisc::GetMacAddressString' is a device identifier (function 'FGenericPlatformMisc::GetMacAddressString')
// CHECK: unreal-system-sources.cpp:43:16: note: stored under key "Mac"
// CHECK: unreal-system-sources.cpp:56:12: warning: device identifier sent to the configured Unreal Engine analytics provider (IAnalyticsProvider) as free text in call to 'IAnalyticsProvider::RecordError' [privacy-pii-to-analytics]
// CHECK: unreal-system-sources.cpp:56:67: note: the result of 'FUnixPlatformMisc::GetOperatingSystemId' is a device identifier (function 'FUnixPlatformMisc::GetOperatingSystemId')
// CHECK: unreal-system-sources.cpp:56:12: warning: user identifier sent to the configured Unreal Engine analytics provider (IAnalyticsProvider) as free text in call to 'IAnalyticsProvider::RecordError' [privacy-pii-to-analytics]
// CHECK: unreal-system-sources.cpp:57:41: note: the result of 'FGenericPlatformMisc::GetEpicAccountId' is a user identifier (function 'FGenericPlatformMisc::GetEpicAccountId')
// FIX: {{^}}-  Defaults.Add(FAnalyticsEventAttribute(TEXT("DeviceId"), FPlatformMisc::GetDeviceId()));
// FIX-NEXT: {{^}}-  Defaults.Add(FAnalyticsEventAttribute(TEXT("AdId"), FPlatformMisc::GetUniqueAdvertisingId()));
// FIX-NEXT: {{^}}-  Defaults.Add(FAnalyticsEventAttribute(TEXT("Mac"), FPlatformMisc::GetMacAddressString()));
