// Stub of Unreal Engine 5.x Analytics public API for piiflow tests:
// declarations written from the real header
// Engine/Source/Runtime/Analytics/Analytics/Public/AnalyticsEventAttribute.h
// (UE 5.x revision with the single (FString, ValueType&&) constructor, read
// from a public engine mirror in the code index; earlier 4.2x/5.0 revisions,
// e.g. chenyong2github/UnrealEngine 09de789, have per-type constructors with
// the same (name, value) argument order); shapes only, not the engine's code.
#pragma once

#include "CoreMinimal.h"

struct FJsonNull {};

struct FJsonFragment {
  explicit FJsonFragment(FString &&StringRef) : FragmentString(MoveTemp(StringRef)) {}
  FString FragmentString;
};

// One analytics attribute: a name and a value converted to a string.
struct FAnalyticsEventAttribute {
  // Deprecated (4.26) public members, still read by providers.
  FString AttrName;
  FString AttrValueString;

  // InValue: FString, const TCHAR*, integers, floats, bool, FJsonNull,
  // FJsonFragment, arrays and maps of those.
  template <typename ValueType>
  FAnalyticsEventAttribute(FString InName, ValueType &&InValue) : AttrName(MoveTemp(InName)) {}

  FAnalyticsEventAttribute() = default;
  FAnalyticsEventAttribute(const FAnalyticsEventAttribute &RHS) = default;
  FAnalyticsEventAttribute(FAnalyticsEventAttribute &&RHS) = default;
  FAnalyticsEventAttribute &operator=(const FAnalyticsEventAttribute &RHS) = default;
  FAnalyticsEventAttribute &operator=(FAnalyticsEventAttribute &&RHS) = default;

  const FString &GetName() const { return AttrName; }
  const FString &GetValue() const { return AttrValueString; }
  bool IsJsonFragment() const;

  template <typename ValueType> void SetValue(ValueType &&InValue);

  static bool IsValidAttributeName(const FString &InName);
};

// Builds an array of attributes from alternating key, value arguments:
// MakeAnalyticsEventAttributeArray(TEXT("Key1"), Value1, TEXT("Key2"), Value2, ...).
template <typename Allocator = FDefaultAllocator, typename... ArgTypes>
TArray<FAnalyticsEventAttribute, Allocator> MakeAnalyticsEventAttributeArray(ArgTypes &&...Args);

// Appends alternating key, value arguments to Attrs and returns it.
template <typename Allocator = FDefaultAllocator, typename... ArgTypes>
TArray<FAnalyticsEventAttribute, Allocator> &AppendAnalyticsEventAttributeArray(TArray<FAnalyticsEventAttribute, Allocator> &Attrs, ArgTypes &&...Args);
