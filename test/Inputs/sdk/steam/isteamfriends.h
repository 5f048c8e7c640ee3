// Stub of the Steamworks SDK for piiflow tests: ISteamFriends and its accessor SteamFriends(),
// as isteamfriends.h declares them; shapes only.
#ifndef PIIFLOW_STUB_ISTEAMFRIENDS_H
#define PIIFLOW_STUB_ISTEAMFRIENDS_H

#include "steamclientpublic.h"

class ISteamFriends {
public:
  // The local player's name (UTF-8): their on-screen handle, not unique.
  virtual const char *GetPersonaName() = 0;
  virtual int GetFriendCount(int iFriendFlags) = 0;
  virtual CSteamID GetFriendByIndex(int iFriend, int iFriendFlags) = 0;
  virtual const char *GetFriendPersonaName(CSteamID steamIDFriend) = 0;
  virtual const char *GetPlayerNickname(CSteamID steamIDPlayer) = 0;
};

ISteamFriends *SteamFriends();

#endif
