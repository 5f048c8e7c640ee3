// Stub of the shape of Boost.Beast's TCP stream (boost/beast/core/basic_stream.hpp,
// boost/beast/core/tcp_stream.hpp), written for piiflow's tests.
#ifndef PIIFLOW_STUB_BOOST_BEAST_CORE_HPP
#define PIIFLOW_STUB_BOOST_BEAST_CORE_HPP
#include <boost/asio/ip/tcp.hpp>
#include <string_view>

namespace boost {
namespace beast {
using string_view = std::string_view;
class unlimited_rate_policy {};
template <class Protocol, class Executor = asio::any_io_executor,
          class RatePolicy = unlimited_rate_policy>
class basic_stream {
public:
  explicit basic_stream(asio::io_context &context);
  template <class EndpointSequence> void connect(EndpointSequence const &endpoints);
  void close();
};
using tcp_stream = basic_stream<asio::ip::tcp, asio::any_io_executor, unlimited_rate_policy>;
} // namespace beast
} // namespace boost

#endif
