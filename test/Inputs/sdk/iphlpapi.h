/*
 * Stub of the Win32 IP Helper API (Windows SDK 10.0) for piiflow tests: GetAdaptersAddresses of
 * iphlpapi.h and the list of IP_ADAPTER_ADDRESSES (iptypes.h) it fills, whose PhysicalAddress is
 * each adapter's MAC address; only the members the tests use, shapes only.
 */
#ifndef PIIFLOW_STUB_IPHLPAPI_H
#define PIIFLOW_STUB_IPHLPAPI_H

#include <windows.h>

#define MAX_ADAPTER_ADDRESS_LENGTH 8
#define AF_UNSPEC 0
#define GAA_FLAG_INCLUDE_PREFIX 0x0010

typedef struct _IP_ADAPTER_ADDRESSES_LH {
    ULONG Length;
    DWORD IfIndex;
    struct _IP_ADAPTER_ADDRESSES_LH *Next;
    char *AdapterName;
    WCHAR *DnsSuffix;
    WCHAR *Description;
    WCHAR *FriendlyName;
    BYTE PhysicalAddress[MAX_ADAPTER_ADDRESS_LENGTH];
    ULONG PhysicalAddressLength;
    ULONG Mtu;
} IP_ADAPTER_ADDRESSES_LH, IP_ADAPTER_ADDRESSES, *PIP_ADAPTER_ADDRESSES;

#ifdef __cplusplus
extern "C" {
#endif
ULONG WINAPI GetAdaptersAddresses(ULONG Family, ULONG Flags, PVOID Reserved,
                                  PIP_ADAPTER_ADDRESSES AdapterAddresses, PULONG SizePointer);
#ifdef __cplusplus
}
#endif

#endif
