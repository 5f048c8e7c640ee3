# piiflow's CMake package: find_package(piiflow CONFIG) from <prefix>/lib/cmake/piiflow, in an
# install tree or in the build tree (which has the same layout). Sets PIIFLOW_EXECUTABLE and
# PIIFLOW_MODELS_DIR relative to this file, so that a moved prefix still works, and provides
# piiflow_add_analysis (PiiflowAnalysis.cmake, docs/ci.md).
get_filename_component(_piiflow_prefix "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)
set(PIIFLOW_EXECUTABLE "${_piiflow_prefix}/bin/piiflow${CMAKE_EXECUTABLE_SUFFIX}")
set(PIIFLOW_MODELS_DIR "${_piiflow_prefix}/share/piiflow/models")
if(NOT EXISTS "${PIIFLOW_EXECUTABLE}")
  set(piiflow_FOUND FALSE)
  set(piiflow_NOT_FOUND_MESSAGE "no piiflow program at ${PIIFLOW_EXECUTABLE}")
  return()
endif()
include("${CMAKE_CURRENT_LIST_DIR}/PiiflowAnalysis.cmake")
unset(_piiflow_prefix)
