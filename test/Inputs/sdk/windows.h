/*
 * Stub of the Win32 API (Windows SDK 10.0) for piiflow tests: only the
 * user-name, computer-name and environment functions piiflow treats as
 * sources of personal data, the character conversions that pass them on, and
 * the typedefs they need; declarations written from the shapes in the SDK
 * headers winbase.h (GetUserNameA/W, GetComputerNameA/W), sysinfoapi.h
 * (GetComputerNameExA/W), processenv.h (GetEnvironmentVariableA/W) and
 * stringapiset.h (WideCharToMultiByte, MultiByteToWideChar), all reached
 * through <windows.h>; shapes only,
 * not Microsoft's code.  The A/W selection macros follow UNICODE as in the SDK.
 */
#ifndef PIIFLOW_STUB_WINDOWS_H
#define PIIFLOW_STUB_WINDOWS_H

#include <stddef.h> /* wchar_t in C */

#define WINAPI
#define WINBASEAPI
#define WINADVAPI

typedef int BOOL;
typedef BOOL *LPBOOL;
typedef unsigned char BYTE;
typedef unsigned char BOOLEAN;
typedef unsigned int UINT;
typedef unsigned long ULONG;
typedef ULONG *PULONG;
typedef void *PVOID;
typedef unsigned long DWORD;
typedef DWORD *LPDWORD;
typedef char CHAR;
typedef wchar_t WCHAR;
typedef CHAR *LPSTR;
typedef const CHAR *LPCSTR;
typedef WCHAR *LPWSTR;
typedef const WCHAR *LPCWSTR;
typedef const WCHAR *LPCWCH;
typedef const CHAR *LPCCH;

#define CP_ACP 0
#define CP_UTF8 65001

#define TRUE 1
#define FALSE 0

#define MAX_COMPUTERNAME_LENGTH 15
#define UNLEN 256 /* lmcons.h */

typedef enum _COMPUTER_NAME_FORMAT {
    ComputerNameNetBIOS,
    ComputerNameDnsHostname,
    ComputerNameDnsDomain,
    ComputerNameDnsFullyQualified,
    ComputerNamePhysicalNetBIOS,
    ComputerNamePhysicalDnsHostname,
    ComputerNamePhysicalDnsDomain,
    ComputerNamePhysicalDnsFullyQualified,
    ComputerNameMax
} COMPUTER_NAME_FORMAT;

#ifdef __cplusplus
extern "C" {
#endif

/* The name is written into lpBuffer; *pcbBuffer is its size in characters. */
WINADVAPI BOOL WINAPI GetUserNameA(LPSTR lpBuffer, LPDWORD pcbBuffer);
WINADVAPI BOOL WINAPI GetUserNameW(LPWSTR lpBuffer, LPDWORD pcbBuffer);

WINBASEAPI BOOL WINAPI GetComputerNameA(LPSTR lpBuffer, LPDWORD nSize);
WINBASEAPI BOOL WINAPI GetComputerNameW(LPWSTR lpBuffer, LPDWORD nSize);

WINBASEAPI BOOL WINAPI GetComputerNameExA(
    COMPUTER_NAME_FORMAT NameType, LPSTR lpBuffer, LPDWORD nSize);
WINBASEAPI BOOL WINAPI GetComputerNameExW(
    COMPUTER_NAME_FORMAT NameType, LPWSTR lpBuffer, LPDWORD nSize);

WINBASEAPI DWORD WINAPI GetEnvironmentVariableA(
    LPCSTR lpName, LPSTR lpBuffer, DWORD nSize);
WINBASEAPI DWORD WINAPI GetEnvironmentVariableW(
    LPCWSTR lpName, LPWSTR lpBuffer, DWORD nSize);

/* stringapiset.h: the converted text is written into lpMultiByteStr / lpWideCharStr. */
WINBASEAPI int WINAPI WideCharToMultiByte(
    UINT CodePage, DWORD dwFlags, LPCWCH lpWideCharStr, int cchWideChar,
    LPSTR lpMultiByteStr, int cbMultiByte, LPCCH lpDefaultChar, LPBOOL lpUsedDefaultChar);
WINBASEAPI int WINAPI MultiByteToWideChar(
    UINT CodePage, DWORD dwFlags, LPCCH lpMultiByteStr, int cbMultiByte,
    LPWSTR lpWideCharStr, int cchWideChar);

#ifdef __cplusplus
}
#endif

#ifdef UNICODE
#define GetUserName GetUserNameW
#define GetComputerName GetComputerNameW
#define GetComputerNameEx GetComputerNameExW
#define GetEnvironmentVariable GetEnvironmentVariableW
#else
#define GetUserName GetUserNameA
#define GetComputerName GetComputerNameA
#define GetComputerNameEx GetComputerNameExA
#define GetEnvironmentVariable GetEnvironmentVariableA
#endif

#endif /* PIIFLOW_STUB_WINDOWS_H */
