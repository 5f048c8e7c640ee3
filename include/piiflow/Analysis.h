//===--- Analysis.h - Findings and the analyzer that produces them ---------------------------===//
//
// The analyzer walks every function definition of a translation unit that calls a modelled sink,
// runs a flow-sensitive taint pass over its CFG, and reports each piece of personal data that
// reaches a sink argument as a Finding: the kind, the vendor and slot it goes to, the trace from
// source to sink (one step per hop), and fix-its. Both front ends call analyzeTranslationUnit and
// only render its findings, so they report the same findings on the same input.
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_ANALYSIS_H
#define PIIFLOW_ANALYSIS_H

#include "piiflow/Classifier.h"
#include "piiflow/DataKind.h"
#include "piiflow/Models.h"
#include "piiflow/Policy.h"
#include "piiflow/Summaries.h"
#include "clang/Basic/SourceLocation.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class SourceManager;
} // namespace clang

namespace piiflow {

/// The names of the checks in both front ends.
inline constexpr const char *CheckName = "privacy-pii-to-analytics";
inline constexpr const char *WeakPseudonymizationCheckName = "privacy-weak-pseudonymization";

struct TraceStep {
  clang::SourceLocation Loc;
  std::string Message;
};

struct FixEdit {
  clang::CharSourceRange Range;
  std::string Replacement;
};

struct Fix {
  std::string Description;
  std::vector<FixEdit> Edits;
};

struct Finding {
  const char *Check = CheckName; ///< CheckName, or WeakPseudonymizationCheckName
  DataKind Kind;
  std::string Evidence;        ///< why the value is personal data
  const SdkModel *Sdk = nullptr;
  const SinkModel *Sink = nullptr;
  SinkArg Arg;
  std::string Key;             ///< property key, where the data travels under one
  std::string Via;             ///< the wrapper called here whose parameter reaches the SDK, if any
  /// The USR of the function whose parameter's name is the evidence, when that is so: such a
  /// finding belongs to the function's callers where there are any, in any unit.
  std::string RootParameterOf;
  /// The policy accepts this flow: not a warning, but part of the data inventory.
  bool Allowed = false;
  clang::SourceLocation Loc;   ///< the sink call, at the user's code (macro uses expanded)
  clang::SourceRange Range;    ///< the argument that carries the data
  std::string Message;         ///< the warning text, without the check name
  std::vector<TraceStep> Trace; ///< source first; one note per step
  std::optional<Fix> PrimaryFix;     ///< attached to the warning, applied by --fix
  std::optional<Fix> AlternativeFix; ///< offered on a note at its first edit
};

/// Something the analysis did not finish, said where it happened: a function whose fixpoint hit
/// the budget (FunctionPass::MaxVisitsPerBlock) is reported from the states reached, and may miss
/// flows. The front ends show it as a remark (text) and a notification (SARIF), never silently.
struct AnalysisNotice {
  clang::SourceLocation Loc; ///< the function's name
  std::string Message;
};

struct AnalysisOptions {
  /// Function that pseudonymises a string with a key, wrapped around values by fix-its; empty
  /// means no hash fix-it is offered.
  std::string HashFunction;
  /// Header that declares HashFunction, inserted once per file by the fix-it.
  std::string HashHeader;
  /// Summaries of functions defined in other units (a summaries file), or null.
  const SummaryStore *Imported = nullptr;
  /// Flows the project accepts; their findings are not reported.
  Policy Allowed;
  /// Also say where the analysis could not follow personal data: calls through pointers or
  /// std::function whose targets the unit does not show (--explain).
  bool Explain = false;
};

/// A file name of a unit (as its SourceManager has it) as an absolute path without `.` or `..`,
/// resolved against the compile command's directory (the unit's file system's working
/// directory), not the process's.
std::string absoluteFileName(const clang::SourceManager &SM, llvm::StringRef Name);

class Analyzer {
public:
  Analyzer(const ModelCatalog &Models, const Classifier &Classes, AnalysisOptions Options);
  ~Analyzer();

  /// Analyses the function definitions of a unit outside system headers that reach a sink,
  /// directly or through the unit's own functions (whose summaries make wrappers sinks, helpers
  /// sources), callees before callers.
  /// With Collect, also records what the whole program needs to resolve calls between units:
  /// the unit's summaries and its calls of functions other units define.
  /// Runs on a thread of its own with a large stack (AnalysisStackBytes, reserved, used as
  /// needed): clang's CFG builder recurses once per nested operand, and a generated expression of
  /// 20,000 terms overflows the 8 MiB a thread usually has.
  std::vector<Finding> analyzeTranslationUnit(clang::ASTContext &Context,
                                              UnitFacts *Collect = nullptr);
  static constexpr unsigned AnalysisStackBytes = 512u << 20;

  /// With PIIFLOW_TRACE_ANALYSES set in the environment, says on stderr that the unit of Context
  /// is analysed for Checks: "piiflow: analysing FILE for CHECKS". Both front ends call it before
  /// each analysis, so that a test sees how many a unit costs.
  static void traceAnalysis(clang::ASTContext &Context, llvm::StringRef Checks);

  /// What the last analyzeTranslationUnit left unfinished, in the order met.
  const std::vector<AnalysisNotice> &notices() const;

private:
  std::vector<Finding> analyzeOnThisThread(clang::ASTContext &Context, UnitFacts *Collect);
  class Impl;
  std::unique_ptr<Impl> TheImpl;
};

} // namespace piiflow

#endif
