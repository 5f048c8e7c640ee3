// Stub of the Steamworks SDK for piiflow tests: ISteamUser and its accessor SteamUser(), as
// isteamuser.h declares them; shapes only.
#ifndef PIIFLOW_STUB_ISTEAMUSER_H
#define PIIFLOW_STUB_ISTEAMUSER_H

#include "steamclientpublic.h"

class ISteamUser {
public:
  virtual HSteamUser GetHSteamUser() = 0;
  virtual bool BLoggedOn() = 0;
  // The CSteamID of the account currently logged into the Steam client.
  virtual CSteamID GetSteamID() = 0;
  virtual int GetPlayerSteamLevel() = 0;
};

ISteamUser *SteamUser();

#endif
