// Stub of Unreal Engine 5's GameFramework/PlayerState.h for piiflow tests: the player's name as
// the online subsystem or the player set it; shapes only.
#pragma once

#include "CoreMinimal.h"
#include "UObject/UObjectBaseUtility.h"

class APlayerState : public UObject {
public:
  FString GetPlayerName() const;
  int32 GetPlayerId() const;
};
