// Amplitude's Unreal plugin: an IAnalyticsProvider (overriders match the interface's sinks) and SetUserProperty.
// RUN: %tidy %s -- %cxxflags > %t.tidy
// RUN: %expect-exit 1 %piiflow %s -- %cxxflags > %t.tool
// RUN: FileCheck %s --input-file=%t.tidy --implicit-check-not="{{warning|note|error}}:"
// RUN: FileCheck %s --input-file=%t.tool --implicit-check-not="{{warning|note|error}}:"
// RUN: cp %s %t.tidy.cpp && %tidy --fix %t.tidy.cpp -- %cxxflags > /dev/null
// RUN: cp %s %t.tool.cpp && %expect-exit 1 %piiflow --fix %t.tool.cpp -- %cxxflags > /dev/null
// RUN: diff %t.tidy.cpp %t.tool.cpp
// RUN: diff %s %t.tool.cpp
// RUN: %clang -fsyntax-only %cxxflags %t.tool.cpp
// Usage of the Amplitude-Unreal plugin (0.1.0) through the piiflow stubs.
#include "AmplitudeProvider.h"
#include "CoreMinimal.h"

// Positive: the user's email as an Amplitude user property.
void SetContact(FAmplitudeProvider &Amplitude, const FString &Email) {
  Amplitude.SetUserProperty(TEXT("email"), Email);
}

// Negative: a subscription tier as a user property.
void SetTier(FAmplitudeProvider &Amplitude, const FString &Tier) {
  Amplitude.SetUserProperty(TEXT("tier"), Tier);
}

// Positive: the user id through the provider created by the plugin (IAnalyticsProvider::SetUserID).
void Identify(const FString &UserId) {
  TSharedPtr<IAnalyticsProvider> Provider = FAmplitudeProvider::Create(TEXT("api-key"));
  Provider->SetUserID(UserId);
}

// Negative: a constant event through the overriding RecordEvent.
void Tutorial(FAmplitudeProvider &Amplitude) {
  Amplitude.RecordEvent(TEXT("TutorialDone"), TArray<FAnalyticsEventAttribute>());
}

// Negative by default: the user's city through the overriding SetLocation is coarse location.
void Locate(FAmplitudeProvider &Amplitude, const FString &City) {
  Amplitude.SetLocation(City);
}

// CHECK: amplitude-unreal.cpp:17:13: warning: email address sent to Amplitude as user trait "email" in call to 'FAmplitudeProvider::SetUserProperty' [privacy-pii-to-analytics]
// CHECK: amplitude-unreal.cpp:17:44: note: 'Email' is an email address (name 'Email')
// CHECK: amplitude-unreal.cpp:28:13: warning: user identifier sent to the configured Unreal Engine analytics provider (IAnalyticsProvider) as user identity in call to 'IAnalyticsProvider::SetUserID' [privacy-pii-to-analytics]
// CHECK: amplitude-unreal.cpp:28:23: note: 'UserId' is a user identifier (name 'UserId')
