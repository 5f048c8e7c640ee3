/*
 * Stub of the Win32 API (Windows SDK 10.0) for piiflow tests: GetUserNameEx of secext.h
 * (reached through <security.h> with SECURITY_WIN32), which writes the signed-in user's name in
 * the requested format (SAM, UPN, display name, ...) into lpNameBuffer; shapes only.
 */
#ifndef PIIFLOW_STUB_SECEXT_H
#define PIIFLOW_STUB_SECEXT_H

#include <windows.h>

#define SEC_ENTRY

typedef enum {
    NameUnknown = 0,
    NameFullyQualifiedDN = 1,
    NameSamCompatible = 2,
    NameDisplay = 3,
    NameUniqueId = 6,
    NameCanonical = 7,
    NameUserPrincipal = 8
} EXTENDED_NAME_FORMAT;

#ifdef __cplusplus
extern "C" {
#endif
BOOLEAN SEC_ENTRY GetUserNameExA(EXTENDED_NAME_FORMAT NameFormat, LPSTR lpNameBuffer, PULONG nSize);
BOOLEAN SEC_ENTRY GetUserNameExW(EXTENDED_NAME_FORMAT NameFormat, LPWSTR lpNameBuffer, PULONG nSize);
#ifdef __cplusplus
}
#endif

#endif
