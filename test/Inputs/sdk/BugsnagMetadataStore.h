// Stub of bugsnag-unreal 2.0.0 public API for piiflow tests: declarations
// written from the real header Plugins/Bugsnag/Source/Bugsnag/Public/BugsnagMetadataStore.h
// (bugsnag/bugsnag-unreal, tag v2.0.0, checked against master 272eec4e);
// shapes only, not the SDK's code.  Unreal types come from the shared
// CoreMinimal.h stub plus Bugsnag/UnrealTypesForStubs.h.
#pragma once
#include "Bugsnag/UnrealTypesForStubs.h"

// Metadata is shown in tabs (sections) of the Bugsnag dashboard.  The real
// typed AddMetadata overloads are inline and wrap the value in an FJsonValue.
class BUGSNAG_API IBugsnagMetadataStore {
 public:
  virtual ~IBugsnagMetadataStore() = default;

  virtual void AddMetadata(const FString& Section, const TSharedRef<FJsonObject>& Metadata) = 0;
  virtual void AddMetadata(const FString& Section, const FString& Key, const TSharedPtr<FJsonValue>& Value) = 0;
  void AddMetadata(const FString& Section, const FString& Key, const FString& Value);
  void AddMetadata(const FString& Section, const FString& Key, const TCHAR* Value);
  void AddMetadata(const FString& Section, const FString& Key, const char* Value);
  void AddMetadata(const FString& Section, const FString& Key, double Value);
  void AddMetadata(const FString& Section, const FString& Key, float Value);
  void AddMetadata(const FString& Section, const FString& Key, int8 Value);
  void AddMetadata(const FString& Section, const FString& Key, int16 Value);
  void AddMetadata(const FString& Section, const FString& Key, int32 Value);
  void AddMetadata(const FString& Section, const FString& Key, int64 Value);
  void AddMetadata(const FString& Section, const FString& Key, uint8 Value);
  void AddMetadata(const FString& Section, const FString& Key, uint16 Value);
  void AddMetadata(const FString& Section, const FString& Key, uint32 Value);
  void AddMetadata(const FString& Section, const FString& Key, uint64 Value);
  void AddMetadata(const FString& Section, const FString& Key, bool Value);

  virtual TSharedPtr<FJsonObject> GetMetadata(const FString& Section) = 0;
  virtual TSharedPtr<FJsonValue> GetMetadata(const FString& Section, const FString& Key) = 0;
  virtual void ClearMetadata(const FString& Section) = 0;
  virtual void ClearMetadata(const FString& Section, const FString& Key) = 0;
};
