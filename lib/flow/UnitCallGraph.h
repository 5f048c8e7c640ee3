//===--- UnitCallGraph.h - The functions of a unit and the order to analyse them in -------------===//
//
// The unit's function definitions (lambda call operators and the template instantiations the unit uses included) as a call
// graph whose calls of a virtual method are edges to every overrider the unit defines; the
// functions worth analysing (those that reach a sink, and what they call); and the order, callees
// before callers, one strongly connected component at a time.
//
//===----------------------------------------------------------------------------------------===//
#ifndef PIIFLOW_LIB_FLOW_UNITCALLGRAPH_H
#define PIIFLOW_LIB_FLOW_UNITCALLGRAPH_H

#include "UnitContext.h"
#include <vector>

namespace piiflow::flow {

/// The unit's function definitions outside system headers, in declaration order.
std::vector<const FunctionDecl *> collectDefinitions(ASTContext &Ctx);

/// The unit's functions as a call graph, and the order to analyse them in: callees before
/// callers (Tarjan's strongly connected components), so that a call finds its callee's summary.
/// Calls of a virtual method are edges to every overrider the unit defines.
class UnitCallGraph {
public:
  /// Functions that call functions other units define are worth analysing too when those units'
  /// summaries are (or will be) known: with Collect, or with imported summaries.
  UnitCallGraph(const std::vector<const FunctionDecl *> &Definitions, TUContext &TU);

  /// Functions worth analysing: those that reach a sink, directly or through the functions they
  /// call, and the functions these call (for what they return or write), in bottom-up order.
  /// Each inner vector is one strongly connected component.
  std::vector<std::vector<unsigned>> analysisOrder();

  const FunctionDecl *definition(unsigned I) const { return Nodes[I].Definition; }
  bool hasCallers(unsigned I) const { return HasCallers[I]; }
  const std::vector<unsigned> &callees(unsigned I) const { return Nodes[I].Callees; }
  bool isRecursive(const std::vector<unsigned> &Component) const;

private:
  struct Node {
    const FunctionDecl *Definition;
    std::vector<unsigned> Callees;
    std::vector<unsigned> After; ///< analysed before this one, though not called (a lambda's maker)
    bool CallsSink;
    /// Globals, static locals and members whose state it reads (SharedState.cpp).
    std::vector<const ValueDecl *> Reads = {};
    std::vector<const ValueDecl *> Writes = {};
    /// Non-const methods it calls on its own object or on objects its members hold.
    std::vector<const FunctionDecl *> MemberCallees = {};
  };

  void propagateMemberWrites();
  std::vector<std::vector<unsigned>> writersFirst(std::vector<std::vector<unsigned>> Order) const;

  /// The functions that write state node N reads, analysed before it where they can be.
  std::vector<unsigned> stateWriters(unsigned N) const;
  llvm::DenseMap<const ValueDecl *, std::vector<unsigned>> WritersOf;

  /// A function other units can call that returns a string or an object, or fills one through a
  /// parameter: what it gives may be personal data their sinks receive.
  static bool mayReturnToOtherUnits(const FunctionDecl *FD);

  static bool callsOtherUnit(const FunctionDecl *Callee, TUContext &TU);

  void addEdge(Node &From, const FunctionDecl *Callee);

  void addOverrider(const CXXMethodDecl *MD, const FunctionDecl *Overrider, TUContext &TU);

  std::vector<Node> Nodes;
  llvm::DenseMap<const FunctionDecl *, unsigned> Index;
  std::vector<bool> HasCallers;
};

} // namespace piiflow::flow

#endif
