//===--- TextReport.cpp - Findings in clang's diagnostic format ------------------------------===//
//
// Each finding was rendered by clang's TextDiagnostic while its unit was alive, exactly as the
// clang-tidy check prints it: "file:line:col: warning: ... [privacy-pii-to-analytics]", the source
// line with a caret, and a note per hop.
//
//===----------------------------------------------------------------------------------------===//
#include "Report.h"

namespace piiflow {

void writeText(llvm::raw_ostream &OS, const std::vector<ReportFinding> &Findings) {
  for (const ReportFinding &F : Findings)
    OS << F.Text;
}

} // namespace piiflow
