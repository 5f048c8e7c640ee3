// Stub of bugsnag-unreal 2.0.0 public API for piiflow tests: declarations
// written from the real header Plugins/Bugsnag/Source/Bugsnag/Public/BugsnagConfiguration.h
// (bugsnag/bugsnag-unreal, tag v2.0.0, checked against master 272eec4e);
// shapes only, not the SDK's code.  Unreal types come from the shared
// CoreMinimal.h stub plus Bugsnag/UnrealTypesForStubs.h.
#pragma once
#include "Bugsnag/UnrealTypesForStubs.h"
#include "BugsnagBreadcrumb.h"
#include "BugsnagEvent.h"
#include "BugsnagMetadataStore.h"
#include "BugsnagSession.h"

typedef TFunction<bool(TSharedRef<IBugsnagBreadcrumb>)> FBugsnagOnBreadcrumbCallback;
typedef TFunction<bool(TSharedRef<IBugsnagEvent>)> FBugsnagOnErrorCallback;
typedef TFunction<bool(TSharedRef<IBugsnagSession>)> FBugsnagOnSessionCallback;

// Subset of the real class (feature-flag store base omitted).
class BUGSNAG_API FBugsnagConfiguration final : public IBugsnagMetadataStore {
 public:
  FBugsnagConfiguration(const FString& ApiKey);

  const FString& GetApiKey() const;
  void SetApiKey(const FString& ApiKey);
  const TOptional<FString>& GetContext() const;
  void SetContext(const TOptional<FString>& Value);
  void SetRedactedKeys(const TArray<FString>& Value);
  void SetPersistUser(bool Value);
  void SetReleaseStage(const TOptional<FString>& Value);
  void SetAppVersion(const TOptional<FString>& Value);

  const FBugsnagUser GetUser() const;
  // Order: id, email, name.
  void SetUser(
      const TOptional<FString>& Id = TOptional<FString>(),
      const TOptional<FString>& Email = TOptional<FString>(),
      const TOptional<FString>& Name = TOptional<FString>());

  using IBugsnagMetadataStore::AddMetadata;
  void AddMetadata(const FString& Section, const TSharedRef<FJsonObject>& Metadata) override;
  void AddMetadata(const FString& Section, const FString& Key, const TSharedPtr<FJsonValue>& Value) override;
  TSharedPtr<FJsonObject> GetMetadata(const FString& Section) override;
  TSharedPtr<FJsonValue> GetMetadata(const FString& Section, const FString& Key) override;
  void ClearMetadata(const FString& Section) override;
  void ClearMetadata(const FString& Section, const FString& Key) override;

  void AddOnBreadcrumb(FBugsnagOnBreadcrumbCallback Callback);
  void AddOnSendError(FBugsnagOnErrorCallback Callback);
  void AddOnSession(FBugsnagOnSessionCallback Callback);
};
