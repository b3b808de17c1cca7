# Internet sockets on loopback, as Python programs use them: an asyncio TCP
# server on 127.0.0.1 and ::1, a UDP datagram endpoint, http.server fetched
# with urllib, a refused connection.  Ports are ephemeral and never printed.
import asyncio
import http.server
import socket
import threading
import urllib.request


async def upper(reader, writer):
    while data := await reader.read(100):
        writer.write(data.upper())
        await writer.drain()
    writer.close()


class Echo(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        self.transport.sendto(data[::-1], addr)


async def main():
    for host in ("127.0.0.1", "::1"):
        server = await asyncio.start_server(upper, host, 0)
        port = server.sockets[0].getsockname()[1]
        reader, writer = await asyncio.open_connection(host, port)
        for word in (b"tcp", b"over", host.encode()):
            writer.write(word)
            await writer.drain()
            print("tcp", host, await reader.read(100))
        writer.close()
        await writer.wait_closed()
        server.close()
        await server.wait_closed()

    loop = asyncio.get_running_loop()
    server, _ = await loop.create_datagram_endpoint(Echo, local_addr=("127.0.0.1", 0))
    port = server.get_extra_info("sockname")[1]
    got = loop.create_future()

    class Client(asyncio.DatagramProtocol):
        def datagram_received(self, data, addr):
            got.set_result((data, addr[1] == port))

    client, _ = await loop.create_datagram_endpoint(Client, remote_addr=("127.0.0.1", port))
    client.sendto(b"datagram")
    print("udp", await asyncio.wait_for(got, 10))
    client.close()
    server.close()


class Hello(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = ("hello " + self.path).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


asyncio.run(main())
httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Hello)
threading.Thread(target=httpd.serve_forever, daemon=True).start()
for path in ("/a", "/b"):
    with urllib.request.urlopen("http://127.0.0.1:%d%s" % (httpd.server_address[1], path), timeout=10) as r:
        print("http", r.status, r.read())
httpd.shutdown()
probe = socket.socket()
probe.bind(("127.0.0.1", 0))
closed = probe.getsockname()[1]
probe.close()
try:
    socket.create_connection(("127.0.0.1", closed), timeout=10)
except ConnectionRefusedError as e:
    print("refused:", e.errno)
