// Stub of Unreal Engine 5.x Analytics public API for piiflow tests:
// declarations written from the real header
// Engine/Source/Runtime/Analytics/Analytics/Public/Analytics.h
// (chenyong2github/UnrealEngine 490070b, UE5 main); shapes only, not the
// engine's code.  Only the provider factory members are declared.
#pragma once

#include "CoreMinimal.h"
#include "Interfaces/IAnalyticsProvider.h"

class FAnalytics {
public:
  FAnalytics();
  virtual ~FAnalytics();

  // Module singleton (FModuleManager::LoadModuleChecked<FAnalytics>("Analytics")).
  static FAnalytics &Get();
  static bool IsAvailable();

  // The provider named by [Analytics] ProviderModuleName in the engine ini.
  virtual TSharedPtr<IAnalyticsProvider> GetDefaultConfiguredProvider();
};
