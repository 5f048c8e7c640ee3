//===--- TextReport.cpp - Findings in clang's diagnostic format ------------------------------===//
//
// Each finding was rendered by clang's TextDiagnostic while its unit was alive, exactly as the
// clang-tidy check prints it: "file:line:col: warning: ... [privacy-pii-to-analytics]", the source
// line with a caret, and a note per hop.
//
//===----------------------------------------------------------------------------------------===//
#include "Report.h"

namespace piiflow {

void writeText(llvm::raw_ostream &OS, const std::vector<ReportFinding> &Findings,
               const std::vector<ReportNotice> &Notices) {
  auto NextNotice = Notices.begin();
  for (const ReportFinding &F : Findings) {
    for (; NextNotice != Notices.end() &&
           std::tie(NextNotice->Loc.File, NextNotice->Loc.Offset) <
               std::tie(F.Loc.File, F.Loc.Offset);
         ++NextNotice)
      OS << NextNotice->Text;
    OS << F.Text;
  }
  for (; NextNotice != Notices.end(); ++NextNotice)
    OS << NextNotice->Text;
}

} // namespace piiflow
