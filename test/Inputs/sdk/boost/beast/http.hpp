// Stub of the shape of Boost.Beast's HTTP messages and their writing (boost/beast/http/fields.hpp,
// message.hpp, string_body.hpp, write.hpp), written for piiflow's tests: a request is a header
// (method, target, fields) and a body; write sends it on a stream.
#ifndef PIIFLOW_STUB_BOOST_BEAST_HTTP_HPP
#define PIIFLOW_STUB_BOOST_BEAST_HTTP_HPP
#include <boost/beast/core.hpp>
#include <cstddef>
#include <memory>
#include <string>

namespace boost {
namespace beast {
namespace http {
enum class verb { unknown, delete_, get, head, post, put };
enum class field : unsigned short { unknown, accept, authorization, content_type, host, user_agent };

template <class Allocator> class basic_fields {
public:
  void set(field name, string_view value);
  void set(string_view name, string_view value);
  void insert(field name, string_view value);
  void insert(string_view name, string_view value);
};
using fields = basic_fields<std::allocator<char>>;

template <bool isRequest, class Fields = fields> class header;
template <class Fields> class header<true, Fields> : public Fields {
public:
  void method(verb v);
  string_view target() const;
  void target(string_view s);
};

struct string_body {
  using value_type = std::string;
};

template <bool isRequest, class Body, class Fields = fields>
class message : public header<isRequest, Fields> {
public:
  message();
  message(verb method, string_view target, unsigned version);
  typename Body::value_type &body() &;
  void prepare_payload();
};
template <class Body, class Fields = fields> using request = message<true, Body, Fields>;

template <class SyncWriteStream, bool isRequest, class Body, class Fields>
std::size_t write(SyncWriteStream &stream, message<isRequest, Body, Fields> const &msg);
template <class AsyncWriteStream, bool isRequest, class Body, class Fields, class WriteHandler>
void async_write(AsyncWriteStream &stream, message<isRequest, Body, Fields> const &msg,
                 WriteHandler &&handler);
} // namespace http
} // namespace beast
} // namespace boost

#endif
