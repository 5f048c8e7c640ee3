// Stub of Amplitude-Unreal 0.1.0 (beta) plugin API for piiflow tests:
// declarations written from the real header
// Source/Amplitude/Private/AmplitudeProvider.h (amplitude/Amplitude-Unreal,
// main b5e4b65); shapes only, not the plugin's code.  The header is in the
// plugin's Private/ folder; game code normally reaches the provider only as
// an IAnalyticsProvider.  SetUserProperty is the one API beyond
// IAnalyticsProvider; SetLocation/SetGender/SetAge forward to it.
#pragma once

#include "CoreMinimal.h"
#include "Interfaces/IAnalyticsProvider.h"

class FAmplitudeProvider : public IAnalyticsProvider {
public:
  FAmplitudeProvider(const FString Key);
  virtual ~FAmplitudeProvider();

  static TSharedPtr<IAnalyticsProvider> Create(const FString Key);
  static void Destroy();

  virtual bool StartSession(const TArray<FAnalyticsEventAttribute> &Attributes) override;
  virtual void EndSession() override;

  virtual void RecordEvent(const FString &EventName, const TArray<FAnalyticsEventAttribute> &Attributes) override;
  virtual void FlushEvents() override;

  virtual FString GetSessionID() const override;
  virtual bool SetSessionID(const FString &InSessionID) override;

  virtual FString GetUserID() const override;
  virtual void SetUserID(const FString &InUserID) override;

  virtual void SetUserProperty(const FString &Property, const FString &Value);
  void SetLocation(const FString &InLocation) override;
  void SetGender(const FString &InGender) override;
  void SetAge(const int32 InAge) override;

  // Declared so the class is concrete in tests (the real 0.1.0 header was
  // written against UE 4.25, before these became pure virtual).
  virtual void SetDefaultEventAttributes(TArray<FAnalyticsEventAttribute> &&Attributes) override;
  virtual TArray<FAnalyticsEventAttribute> GetDefaultEventAttributesSafe() const override;
  virtual int32 GetDefaultEventAttributeCount() const override;
  virtual FAnalyticsEventAttribute GetDefaultEventAttribute(int AttributeIndex) const override;
};
