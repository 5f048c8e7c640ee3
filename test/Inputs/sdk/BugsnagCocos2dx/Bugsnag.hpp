// Stub of bugsnag-cocos2dx 2.0.1 public API for piiflow tests: declarations
// written from the real header src/Bugsnag.hpp (bugsnag/bugsnag-cocos2dx, tag
// v2.0.1, checked against master 4f61fd6e), installed as
// <BugsnagCocos2dx/Bugsnag.hpp>; shapes only, not the SDK's code.  The real
// header has `using namespace std;` at file scope; this stub qualifies std::
// instead.  All methods are static declarations without bodies.
#ifndef PIIFLOW_STUB_BUGSNAG_COCOS2DX_BUGSNAG_HPP
#define PIIFLOW_STUB_BUGSNAG_COCOS2DX_BUGSNAG_HPP

#include <exception>
#include <map>
#include <string>

namespace bugsnag {

enum BreadcrumbType { Navigation, Request, Process, Log, User, State, Error, Manual };

class Bugsnag {
 public:
  // Sends a handled error: error class name, message.
  static void notify(std::string name, std::string message);
  static void notify(std::exception &ex);

  // User order: id, email, name (any may be NULL).
  static void setUser(const char *id, const char *email, const char *name);
  static void setUser(std::string *id, std::string *email, std::string *name);

  static void startSession();
  static void pauseSession();
  static bool resumeSession();

  static void leaveBreadcrumb(std::string message,
                              std::map<std::string, std::string> metadata,
                              BreadcrumbType type);
  // Deprecated argument order.
  static void leaveBreadcrumb(std::string message, BreadcrumbType type,
                              std::map<std::string, std::string> metadata);

  // Tab `section`, entry `key`.
  static void addMetadata(std::string section, std::string key, std::string value);
  static void addMetadata(std::string section,
                          std::map<std::string, std::string> metadata);
  static void clearMetadata(std::string section);
  static void clearMetadata(std::string section, std::string key);

  static void setContext(std::string context);
};

}  // namespace bugsnag

#endif  // PIIFLOW_STUB_BUGSNAG_COCOS2DX_BUGSNAG_HPP
