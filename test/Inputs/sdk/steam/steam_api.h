// Stub of the Steamworks SDK for piiflow tests: steam_api.h's entry points and the interfaces it
// includes; shapes only.
#ifndef PIIFLOW_STUB_STEAM_API_H
#define PIIFLOW_STUB_STEAM_API_H

#include "isteamfriends.h"
#include "isteamuser.h"

bool SteamAPI_Init();
void SteamAPI_Shutdown();

#endif
