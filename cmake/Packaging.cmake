# CPack: `cpack -G DEB` in the build directory makes a Debian package of the install tree. Its
# dependencies name the LLVM it was built with: dpkg-shlibdeps derives libllvm<N> and
# libclang-cpp<N> (>= the exact upstream version) from the binaries, and the same lower bound is
# stated here so that a package built without dpkg-shlibdeps says it too. The plugin loads only
# into the clang-tidy of that LLVM, which the package therefore recommends at the same version.
set(PIIFLOW_DEB_LLVM_EPOCH "1" CACHE STRING "Debian epoch of the LLVM packages (1 for Debian's)")
set(PIIFLOW_DEB_LLVM "${PIIFLOW_DEB_LLVM_EPOCH}:${LLVM_PACKAGE_VERSION}")

set(CPACK_PACKAGE_NAME piiflow)
set(CPACK_PACKAGE_VENDOR "piiflow")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
  "finds personal data that C++ code sends to analytics, telemetry and crash-reporting SDKs")
set(CPACK_PACKAGE_DESCRIPTION
  "piiflow traces which variables flow into event properties and user identity of analytics, telemetry and crash-reporting SDKs, and reports emails, user identifiers and other personal data sent to vendors. It ships as a standalone tool over a compile database and as a clang-tidy-${PIIFLOW_LLVM_VERSION} plugin (checks privacy-*).")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "piiflow maintainers <piiflow@users.noreply.github.com>")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_LICENSE "Apache-2.0 WITH LLVM-exception")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
  "libllvm${PIIFLOW_LLVM_VERSION} (>= ${PIIFLOW_DEB_LLVM}), libclang-cpp${PIIFLOW_LLVM_VERSION} (>= ${PIIFLOW_DEB_LLVM})")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "clang-tidy-${PIIFLOW_LLVM_VERSION} (>= ${PIIFLOW_DEB_LLVM})")
include(CPack)
