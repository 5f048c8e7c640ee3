# piiflow_add_analysis: piiflow's two phases as build rules of a CMake project (docs/ci.md).
#
#   find_package(piiflow CONFIG REQUIRED)     # <prefix>/lib/cmake/piiflow
#   piiflow_add_analysis(app                  # the target whose program is analysed
#     [OUTPUT <file>]                         # default: <binary dir>/app.piiflow.sarif
#     [FORMAT sarif|text|codequality|inventory-md|inventory-json]   # default: sarif
#     [ARGS <options>...]                     # for both phases: --models, --policy, ...
#     [LINK_ARGS <options>...]                # for the link only: --baseline, ...
#     [GATE])                                 # fail the build when there are findings
#
# adds a target <target>_piiflow. For every C-family source of the target and of the project's
# library targets it links (transitively), one rule runs the first phase (piiflow --emit-facts)
# with a depfile, so ninja re-runs it only when the source, a header it includes, the compile
# database, piiflow or the models change, and schedules the units in parallel (or hands them to
# anything that distributes ninja's work). The target then links all the facts into the report
# (without GATE, whatever it finds; with GATE it fails while there are findings). The
# project must export its compile database (CMAKE_EXPORT_COMPILE_COMMANDS=ON), which is where the
# rules find each unit's flags.
#
# PIIFLOW_EXECUTABLE names the piiflow program (piiflowConfig.cmake sets it); PIIFLOW_MODELS_DIR
# its bundled models, which the rules depend on.

if(CMAKE_VERSION VERSION_LESS 3.20)
  message(FATAL_ERROR "piiflow_add_analysis needs CMake 3.20 or later (depfiles of custom commands)")
endif()
# The functions keep the policies in effect where they are defined.
cmake_policy(PUSH)
cmake_policy(VERSION 3.20)

# The project's targets that Target links, transitively, with Target itself first.
function(_piiflow_linked_targets target out)
  set(seen ${target})
  set(queue ${target})
  while(queue)
    list(POP_FRONT queue current)
    get_target_property(libraries ${current} LINK_LIBRARIES)
    if(NOT libraries)
      continue()
    endif()
    foreach(library IN LISTS libraries)
      if(TARGET ${library} AND NOT library IN_LIST seen)
        get_target_property(imported ${library} IMPORTED)
        get_target_property(type ${library} TYPE)
        if(NOT imported AND NOT type STREQUAL "INTERFACE_LIBRARY")
          list(APPEND seen ${library})
          list(APPEND queue ${library})
        endif()
      endif()
    endforeach()
  endwhile()
  set(${out} ${seen} PARENT_SCOPE)
endfunction()

function(piiflow_add_analysis target)
  cmake_parse_arguments(PARSE_ARGV 1 PIIFLOW "GATE" "OUTPUT;FORMAT" "ARGS;LINK_ARGS")
  if(NOT TARGET ${target})
    message(FATAL_ERROR "piiflow_add_analysis: no target named '${target}'")
  endif()
  if(NOT CMAKE_EXPORT_COMPILE_COMMANDS)
    message(FATAL_ERROR "piiflow_add_analysis(${target}) needs the compile database: configure "
                        "with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON")
  endif()
  if(NOT PIIFLOW_EXECUTABLE)
    message(FATAL_ERROR "piiflow_add_analysis: PIIFLOW_EXECUTABLE is not set (find_package(piiflow) "
                        "sets it)")
  endif()
  if(NOT PIIFLOW_FORMAT)
    set(PIIFLOW_FORMAT sarif)
  endif()
  if(NOT PIIFLOW_OUTPUT)
    set(PIIFLOW_OUTPUT "${CMAKE_CURRENT_BINARY_DIR}/${target}.piiflow.${PIIFLOW_FORMAT}")
  endif()
  set(database "${CMAKE_BINARY_DIR}/compile_commands.json")
  set(tool_inputs "${PIIFLOW_EXECUTABLE}")
  if(PIIFLOW_MODELS_DIR)
    file(GLOB models CONFIGURE_DEPENDS "${PIIFLOW_MODELS_DIR}/*.json")
    list(APPEND tool_inputs ${models})
  endif()

  _piiflow_linked_targets(${target} targets)
  set(facts_files)
  get_directory_property(defined PIIFLOW_FACTS_RULES)
  foreach(each IN LISTS targets)
    get_target_property(sources ${each} SOURCES)
    get_target_property(source_dir ${each} SOURCE_DIR)
    get_target_property(binary_dir ${each} BINARY_DIR)
    foreach(source IN LISTS sources)
      if(source MATCHES "\\$<" OR NOT source MATCHES "\\.(c|cc|cp|cpp|cxx|c\\+\\+|C|m|mm)$")
        continue()
      endif()
      get_filename_component(path "${source}" ABSOLUTE BASE_DIR "${source_dir}")
      file(RELATIVE_PATH name "${CMAKE_BINARY_DIR}" "${path}")
      string(REPLACE "../" "__/" name "${name}")
      set(facts "${CMAKE_BINARY_DIR}/piiflow-facts/${name}.facts")
      list(APPEND facts_files "${facts}")
      # One rule per source in this directory, whichever analyses share it.
      if(facts IN_LIST defined)
        continue()
      endif()
      list(APPEND defined "${facts}")
      file(RELATIVE_PATH shown "${CMAKE_SOURCE_DIR}" "${path}")
      add_custom_command(OUTPUT "${facts}"
        COMMAND "${PIIFLOW_EXECUTABLE}" -p "${CMAKE_BINARY_DIR}" --no-cache --quiet
                "--emit-facts=${facts}" "--depfile=${facts}.d" ${PIIFLOW_ARGS} "${path}"
        DEPENDS "${path}" "${database}" ${tool_inputs}
        DEPFILE "${facts}.d"
        WORKING_DIRECTORY "${CMAKE_BINARY_DIR}"
        COMMENT "piiflow: facts of ${shown}"
        VERBATIM)
    endforeach()
  endforeach()
  set_directory_properties(PROPERTIES PIIFLOW_FACTS_RULES "${defined}")
  list(REMOVE_DUPLICATES facts_files)

  set(gate --exit-zero)
  if(PIIFLOW_GATE)
    set(gate)
  endif()
  # The link reads no source but the files' NOLINT comments and .clang-tidy, and costs little:
  # it runs whenever the target is built, so that a gate fails every time, not once.
  add_custom_target(${target}_piiflow
    COMMAND "${PIIFLOW_EXECUTABLE}" link --quiet "--format=${PIIFLOW_FORMAT}" -o "${PIIFLOW_OUTPUT}"
            ${gate} ${PIIFLOW_ARGS} ${PIIFLOW_LINK_ARGS} ${facts_files}
    DEPENDS ${facts_files}
    BYPRODUCTS "${PIIFLOW_OUTPUT}"
    WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}"
    COMMENT "piiflow: the report of ${target}"
    VERBATIM)
endfunction()

cmake_policy(POP)
