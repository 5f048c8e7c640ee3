// Stub of Unreal Engine 5.x Analytics public API for piiflow tests:
// declarations written from the real header
// Engine/Source/Runtime/Analytics/Analytics/Public/Interfaces/IAnalyticsProvider.h
// (public mirror unicorn2022/UE5.8.0, 5d9a05c); shapes only, not the engine's
// code.  The real header gives the non-pure members inline bodies that build
// an attribute array and call the pure RecordEvent; here they are
// declarations only.
#pragma once

#include "AnalyticsEventAttribute.h"
#include "CoreMinimal.h"

enum class EAnalyticsRecordEventMode : uint8 { Cached, Immediate };

class IAnalyticsProvider {
public:
  bool StartSession();
  virtual bool StartSession(const TArray<FAnalyticsEventAttribute> &Attributes) = 0;
  bool StartSession(const FAnalyticsEventAttribute &Attribute);
  bool StartSession(const FString &ParamName, const FString &ParamValue);
  virtual void EndSession() = 0;

  virtual FString GetSessionID() const = 0;
  virtual bool SetSessionID(const FString &InSessionID) = 0;
  virtual void FlushEvents() = 0;

  virtual void SetUserID(const FString &InUserID) = 0;
  virtual FString GetUserID() const = 0;

  // Appended to every event sent afterwards.
  virtual void SetDefaultEventAttributes(TArray<FAnalyticsEventAttribute> &&Attributes) = 0;
  virtual TArray<FAnalyticsEventAttribute> GetDefaultEventAttributesSafe() const = 0;
  virtual int32 GetDefaultEventAttributeCount() const = 0;
  virtual FAnalyticsEventAttribute GetDefaultEventAttribute(int AttributeIndex) const = 0;

  virtual void SetBuildInfo(const FString &InBuildInfo);
  virtual void SetGender(const FString &InGender);
  virtual void SetLocation(const FString &InLocation);
  virtual void SetAge(const int32 InAge);

  virtual void RecordEvent(const FString &EventName, const TArray<FAnalyticsEventAttribute> &Attributes) = 0;
  virtual void RecordEvent(const FString &EventName, const TArray<FAnalyticsEventAttribute> &Attributes, EAnalyticsRecordEventMode Mode);
  void RecordEvent(const FString &EventName);
  void RecordEvent(const FString &EventName, const FAnalyticsEventAttribute &Attribute);
  void RecordEvent(const FString &EventName, const FString &ParamName, const FString &ParamValue);

  virtual void RecordItemPurchase(const FString &ItemId, const FString &Currency, int PerItemCost, int ItemQuantity);
  virtual void RecordItemPurchase(const FString &ItemId, int ItemQuantity, const TArray<FAnalyticsEventAttribute> &EventAttrs);
  void RecordItemPurchase(const FString &ItemId, int ItemQuantity);

  virtual void RecordCurrencyPurchase(const FString &GameCurrencyType, int GameCurrencyAmount, const FString &RealCurrencyType, float RealMoneyCost, const FString &PaymentProvider);
  virtual void RecordCurrencyPurchase(const FString &GameCurrencyType, int GameCurrencyAmount, const TArray<FAnalyticsEventAttribute> &EventAttrs);
  virtual void RecordCurrencyPurchase(const FString &GameCurrencyType, int GameCurrencyAmount);

  virtual void RecordCurrencyGiven(const FString &GameCurrencyType, int GameCurrencyAmount);
  virtual void RecordCurrencyGiven(const FString &GameCurrencyType, int GameCurrencyAmount, const TArray<FAnalyticsEventAttribute> &EventAttrs);

  virtual void RecordError(const FString &Error, const TArray<FAnalyticsEventAttribute> &EventAttrs);
  virtual void RecordError(const FString &Error);

  virtual void RecordProgress(const FString &ProgressType, const TArray<FString> &ProgressHierarchy, const TArray<FAnalyticsEventAttribute> &EventAttrs);
  virtual void RecordProgress(const FString &ProgressType, const FString &ProgressHierarchy);
  virtual void RecordProgress(const FString &ProgressType, const FString &ProgressHierarchy, const TArray<FAnalyticsEventAttribute> &EventAttrs);

  virtual ~IAnalyticsProvider() = default;
};
