// Stub of Unreal Engine 5.x Core public API for piiflow tests: declarations
// written from the real headers Engine/Source/Runtime/Core/Public/HAL/PlatformProcess.h,
// Unix/UnixPlatformProcess.h and Linux/LinuxPlatformProcess.h (UE 5.x);
// shapes only, not the engine's code.  Modelled on Linux: FPlatformProcess is
// FLinuxPlatformProcess, whose base FUnixPlatformProcess redeclares
// ComputerName and UserName.
#pragma once

#include "CoreMinimal.h"
#include "GenericPlatform/GenericPlatformProcess.h"

struct FUnixPlatformProcess : public FGenericPlatformProcess {
  static const TCHAR *ComputerName();
  static const TCHAR *UserName(bool bOnlyAlphaNumeric = true);
};

struct FLinuxPlatformProcess : public FUnixPlatformProcess {};

typedef FLinuxPlatformProcess FPlatformProcess;
