// Stub of Unreal Engine 5.x Core public API for piiflow tests: declarations
// written from the real headers Engine/Source/Runtime/Core/Public/HAL/PlatformMisc.h,
// Unix/UnixPlatformMisc.h and Linux/LinuxPlatformMisc.h (UE 5.x); shapes
// only, not the engine's code.  Modelled on Linux: FPlatformMisc is
// FLinuxPlatformMisc, whose base FUnixPlatformMisc redeclares GetLoginId and
// GetOperatingSystemId.
#pragma once

#include "CoreMinimal.h"
#include "GenericPlatform/GenericPlatformMisc.h"

struct FUnixPlatformMisc : public FGenericPlatformMisc {
  static FString GetLoginId();
  static FString GetOperatingSystemId();
  static FString GetCPUVendor();
  static FString GetCPUBrand();
};

struct FLinuxPlatformMisc : public FUnixPlatformMisc {};

typedef FLinuxPlatformMisc FPlatformMisc;
