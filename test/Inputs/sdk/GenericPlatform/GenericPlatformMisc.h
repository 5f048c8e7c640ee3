// Stub of Unreal Engine 5.x Core public API for piiflow tests: declarations
// written from the real header
// Engine/Source/Runtime/Core/Public/GenericPlatform/GenericPlatformMisc.h
// (public mirror unicorn2022/UE5.8.0, 5d9a05c); shapes only, not the
// engine's code.  Only the identity-related members are declared.
#pragma once

#include "CoreMinimal.h"

struct FGuid {
  uint32 A = 0, B = 0, C = 0, D = 0;
};

struct FGenericPlatformMisc {
  static FString GetEnvironmentVariable(const TCHAR *VariableName);

  // Deprecated since 4.14.
  static TArray<uint8> GetMacAddress();
  static FString GetMacAddressString();
  static FString GetHashedMacAddressString();

  // Platform device identifier (Android ID, identifierForVendor, ...), or empty.
  static FString GetDeviceId();
  static FString GetUniqueAdvertisingId();

  static FString GetCPUVendor();
  static FString GetCPUBrand();
  static FString GetDeviceMakeAndModel();
  static FString GetOSVersion();

  // Deprecated since 4.14; use GetLoginId.
  static FGuid GetMachineId();
  // Random id stored per OS login account.
  static FString GetLoginId();
  static FString GetEpicAccountId();
  static FString GetDeviceTag();
  static FString GetOperatingSystemId();

  static FString GetDefaultLanguage();
  static FString GetDefaultLocale();
  static FString GetTimeZoneId();
};
