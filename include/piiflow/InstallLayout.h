//===--- InstallLayout.h - Where piiflow's data lies, relative to its binary ------------------===//
//
// piiflow is relocatable: the tool (bin/piiflow) and the plugin (lib/libpiiflow-tidy.so) find the
// bundled models at ../share/piiflow/models from the directory of the binary that holds this code,
// whatever prefix it was installed to or moved to. The build tree has the same layout (the build
// copies models/ to build/share/piiflow/models), so nothing is baked in at build time.
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_INSTALLLAYOUT_H
#define PIIFLOW_INSTALLLAYOUT_H

#include <string>

namespace piiflow {

/// The path of the executable or shared object that holds piiflow's core in this process, with
/// symbolic links resolved (empty if the platform cannot say).
std::string piiflowBinaryPath();

/// The bundled models: ../share/piiflow/models from the directory of piiflowBinaryPath().
std::string installedModelsDirectory();

} // namespace piiflow

#endif
