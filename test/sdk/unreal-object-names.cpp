// Unreal object and asset names are no person's names: UObject's GetFullName and GetPathName and
// FAssetData's GetFullName return the object's path ("StaticMesh /Game/Props/Chair.Chair"), which
// the getter's own name would otherwise read as a person's full name. A player's name from its
// APlayerState is a username.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
#include "Analytics.h"
#include "AssetRegistry/AssetData.h"
#include "CoreMinimal.h"
#include "GameFramework/PlayerState.h"
#include "Interfaces/IAnalyticsProvider.h"

// Negative: the loaded object's and asset's paths.
void ReportLoad(IAnalyticsProvider &Provider, const UObject *Loaded, const FAssetData &Asset) {
  Provider.RecordEvent(TEXT("Load"), MakeAnalyticsEventAttributeArray(TEXT("Object"), Loaded->GetFullName()));
  Provider.RecordEvent(TEXT("Asset"), MakeAnalyticsEventAttributeArray(TEXT("Asset"), Asset.GetFullName()));
  Provider.RecordEvent(TEXT("Path"), MakeAnalyticsEventAttributeArray(TEXT("Path"), Loaded->GetPathName()));
}

// Positive: the player's name.
void ReportJoin(IAnalyticsProvider &Provider, const APlayerState &Player) {
  Provider.RecordEvent(TEXT("Join"), MakeAnalyticsEventAttributeArray(TEXT("Who"), Player.GetPlayerName()));
}
// CHECK: unreal-object-names.cpp:[[@LINE-2]]:12: warning: username sent to the configured Unreal Engine analytics provider (IAnalyticsProvider) as event property "Who" in call to 'IAnalyticsProvider::RecordEvent' [privacy-pii-to-analytics]
// CHECK: unreal-object-names.cpp:[[@LINE-3]]:84: note: the result of 'APlayerState::GetPlayerName' is a username (function 'APlayerState::GetPlayerName')
// CHECK: unreal-object-names.cpp:[[@LINE-4]]:84: note: stored under key "Who"
