// Stub of Unreal Engine 5's UObject/UObjectBaseUtility.h for piiflow tests: the names and paths
// an object reports of itself, and UObject deriving from it; shapes only, written for these tests.
#pragma once

#include "CoreMinimal.h"

class UObject;

class UObjectBaseUtility {
public:
  FString GetFullName(const UObject *StopOuter = nullptr) const;
  FString GetPathName(const UObject *StopOuter = nullptr) const;
};

class UObject : public UObjectBaseUtility {};
