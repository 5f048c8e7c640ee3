// Stub of Countly C++ SDK 23.2.2 public API for piiflow tests: declarations
// written from the real header include/countly/views_module.hpp
// (Countly/countly-sdk-cpp, master 9b47134); shapes only, not the SDK's code.
#ifndef PIIFLOW_STUB_COUNTLY_VIEWS_MODULE_HPP_
#define PIIFLOW_STUB_COUNTLY_VIEWS_MODULE_HPP_

#include <map>
#include <string>

#include "countly/constants.hpp"

namespace cly {

class ViewsModule {
public:
  ~ViewsModule();
  void closeViewWithID(const std::string &viewId);
  void closeViewWithName(const std::string &name);
  // Records a "[CLY]_view" event with the view name and segmentation;
  // returns the view id.
  std::string openView(const std::string &name, const std::map<std::string, std::string> &segmentation = {});
};

} // namespace cly

#endif
