# asyncio over a socketpair and a subprocess with pipes; selectors on a
# socketpair; socket.socketpair with a passed descriptor.  The output is
# the same natively and in the guest.
import array
import asyncio
import os
import selectors
import socket
import sys


def socketpair_and_fds():
    a, b = socket.socketpair()
    a.sendall(b"ping" * 1000)
    got = b""
    while len(got) < 4000:
        got += b.recv(65536)
    print("socketpair:", len(got), got[:8])
    r, w = os.pipe()
    os.write(w, b"passed")
    socket.send_fds(a, [b"fd"], [r])
    msg, fds, flags, addr = socket.recv_fds(b, 16, 4)
    print("send_fds:", msg, len(fds), os.read(fds[0], 16))
    a.close()
    print("eof:", b.recv(10))
    b.close()


def selector_echo():
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    sel = selectors.DefaultSelector()
    print("selector:", type(sel).__name__)
    sel.register(b, selectors.EVENT_READ, "b")
    a.send(b"hello selector")
    for key, events in sel.select(timeout=5):
        print("ready:", key.data, events == selectors.EVENT_READ, key.fileobj.recv(100))
    print("nothing more:", sel.select(timeout=0.05))
    sel.close()
    a.close()
    b.close()


async def echo(reader, writer):
    while data := await reader.read(100):
        writer.write(data.upper())
        await writer.drain()
    writer.close()


async def main():
    a, b = socket.socketpair()
    echo_task = asyncio.create_task(echo(*await asyncio.open_connection(sock=b)))
    reader, writer = await asyncio.open_connection(sock=a)
    for word in (b"alpha", b"beta", b"gamma"):
        writer.write(word)
        await writer.drain()
        print("echo:", await reader.read(100))
    writer.close()
    await writer.wait_closed()
    await echo_task

    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", "import sys; d = sys.stdin.read(); print(d[::-1]); print('err', file=sys.stderr)",
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate(b"subprocess pipes")
    print("subprocess:", out, err, proc.returncode)

    r, w = os.pipe()
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.add_reader(r, lambda: fut.set_result(os.read(r, 10)))
    loop.call_later(0.05, os.write, w, b"later")
    print("add_reader:", await fut)
    loop.remove_reader(r)
    await asyncio.sleep(0.01)


socketpair_and_fds()
selector_echo()
asyncio.run(main())
