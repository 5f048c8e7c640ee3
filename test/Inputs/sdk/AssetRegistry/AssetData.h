// Stub of Unreal Engine 5's AssetRegistry/AssetData.h for piiflow tests: an asset's full name and
// object path; shapes only.
#pragma once

#include "CoreMinimal.h"

struct FAssetData {
  FString GetFullName() const;
  FString GetObjectPathString() const;
};
