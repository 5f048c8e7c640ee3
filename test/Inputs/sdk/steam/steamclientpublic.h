// Stub of the Steamworks SDK for piiflow tests: CSteamID as steamclientpublic.h declares it
// (the 64-bit id and the accessors that hand it on); shapes only, written for these tests.
#ifndef PIIFLOW_STUB_STEAMCLIENTPUBLIC_H
#define PIIFLOW_STUB_STEAMCLIENTPUBLIC_H

typedef unsigned int uint32;
typedef unsigned long long uint64;
typedef uint32 AccountID_t;
typedef int HSteamUser;

class CSteamID {
public:
  CSteamID() : m_steamid(0) {}
  explicit CSteamID(uint64 ulSteamID) : m_steamid(ulSteamID) {}
  uint64 ConvertToUint64() const { return m_steamid; }
  uint64 GetStaticAccountKey() const { return m_steamid; }
  AccountID_t GetAccountID() const { return static_cast<AccountID_t>(m_steamid); }
  bool IsValid() const { return m_steamid != 0; }
  const char *Render() const;

private:
  uint64 m_steamid;
};

#endif
