// Stub of Unreal Engine 5.x Core public API for piiflow tests: declarations
// written from the real header
// Engine/Source/Runtime/Core/Public/GenericPlatform/GenericPlatformProcess.h
// (UE 5.x, per-function CORE_API revision); shapes only, not the engine's
// code.  Only the identity-related members are declared.
#pragma once

#include "CoreMinimal.h"

struct FGenericPlatformProcess {
  static const TCHAR *BaseDir();
  static const TCHAR *UserDir();
  static const TCHAR *UserSettingsDir();
  static const TCHAR *UserTempDir();
  // The machine's host name.
  static const TCHAR *ComputerName();
  // The OS account name.
  static const TCHAR *UserName(bool bOnlyAlphaNumeric = true);
  static const TCHAR *ExecutableName(bool bRemoveExtension = true);
  static uint32 GetCurrentProcessId();
};
