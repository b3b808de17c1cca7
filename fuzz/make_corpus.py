#!/usr/bin/env python3
"""Writes the committed seed corpus of the fuzz targets (corpus/*/).

Run by hand after changing an input format: python3 fuzz/make_corpus.py
The formats are described at the top of targets/fuzz_file_service.cpp and
targets/fuzz_console.cpp.  Node ids and handles in the file-service seeds are
the ones vmproc hands out from a fresh start (export roots 1 and 2, then one
counter), so a seed's later requests name what its earlier ones opened.
"""
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))

# enum tandem_fs_op (platform.h)
GETATTR, LOOKUP, FORGET, OPEN, CLOSE, READ, WRITE, READDIR, CREATE, MKDIR, UNLINK, RMDIR, RENAME, SYMLINK, \
    READLINK, LINK, SETATTR, STATFS, FSYNC, EXPORTS = range(1, 21)
O_RDONLY, O_RDWR, O_TRUNC, O_APPEND, O_DIRECTORY, O_EXCL = 0, 2, 0o1000, 0o2000, 0o200000, 0o200

NAMES_AT = 0x8000
BUF = 0x9000
NAMES = [b"file", b"dir", b"inner", b"link", b"a", b"d", b"b", b"newfile", b"..", b"target", b"c", b"rootlink"]


def names():
    blob, where = b"", {}
    for n in NAMES:
        where[n] = (NAMES_AT + len(blob), len(n))
        blob += n + b"\0"
    return blob.ljust(128, b"\0"), where


BLOB, AT = names()


def req(op, node=0, flags=0, node2=0, offset=0, buf=0, length=0, mode=0, name=None, name2=None, size=0, valid=0):
    n, nl = AT[name] if name else (0, 0)
    n2, n2l = AT[name2] if name2 else (0, 0)
    return struct.pack("<IIQQQQIIQQIIQqqIIII", op, flags, node, node2, offset, buf, length, mode, n, n2, nl, n2l,
                       size, 0, 0, 0, 0, valid, 0)


def kick(*reqs, submitted=None, slot_count=None):
    head = len(reqs) - 1
    extra = b""
    if submitted is not None:
        head |= 0x80
        extra += struct.pack("<I", submitted)
    if slot_count is not None:
        head |= 0x40
        extra += struct.pack("<I", slot_count)
    return bytes([head]) + extra + b"".join(reqs)


FILE_SERVICE = {
    "exports_lookup": [kick(req(EXPORTS, buf=BUF, length=4096), req(LOOKUP, 1, name=b"file"), req(GETATTR, 3))],
    "open_read_close": [kick(req(EXPORTS, buf=BUF, length=4096), req(LOOKUP, 1, name=b"file")),
                        kick(req(OPEN, 3, flags=O_RDONLY), req(READ, 4, buf=BUF, length=64), req(CLOSE, 4))],
    "readdir": [kick(req(EXPORTS, buf=BUF, length=4096), req(OPEN, 1, flags=O_DIRECTORY),
                     req(READDIR, 3, buf=BUF, length=4096), req(READDIR, 3, offset=1, buf=BUF, length=64))],
    "create_write_truncate": [kick(req(EXPORTS, buf=BUF, length=4096),
                                   req(CREATE, 2, flags=O_RDWR, mode=0o644, name=b"newfile"),
                                   req(WRITE, 4, buf=BUF, length=16), req(SETATTR, 3, valid=2, size=3),
                                   req(FSYNC, 4), req(CLOSE, 4), req(UNLINK, 2, name=b"newfile"))],
    "rename_link_symlink": [kick(req(EXPORTS, buf=BUF, length=4096), req(MKDIR, 2, mode=0o755, name=b"c"),
                                 req(RENAME, 2, node2=2, name=b"a", name2=b"b"),
                                 req(SYMLINK, 2, name=b"target", name2=b"rootlink"), req(LOOKUP, 2, name=b"d"),
                                 req(LINK, 3, node2=2, name2=b"newfile"), req(RMDIR, 2, name=b"c"))],
    "readlink": [kick(req(EXPORTS, buf=BUF, length=4096), req(LOOKUP, 1, name=b"link"),
                      req(READLINK, 3, buf=BUF, length=4096), req(OPEN, 3), req(LOOKUP, 3, name=b"..")),
                 kick(req(LOOKUP, 1, name=b"dir"), req(LOOKUP, 4, name=b"inner"), req(FORGET, 4, offset=1))],
    "statfs_cross_export": [kick(req(EXPORTS, buf=BUF, length=4096), req(STATFS, 1, buf=BUF, length=72),
                                 req(STATFS, 2, buf=BUF, length=8), req(LOOKUP, 1, name=b"file"),
                                 req(LINK, 3, node2=2, name2=b"c"), req(RENAME, 1, node2=2, name=b"file", name2=b"c"))],
    "bad_ranges": [kick(req(EXPORTS, buf=0xfff0, length=4096), req(EXPORTS, buf=0xfffffffffffff000, length=0x2000),
                        req(LOOKUP, 1, name=b"file"), req(OPEN, 3), req(READ, 4, buf=0xffc0, length=4096))],
    "forged_counters": [kick(req(EXPORTS, buf=BUF, length=4096), submitted=1000000),
                        kick(req(GETATTR, 1), slot_count=0xffffffff),
                        kick(req(GETATTR, 2), submitted=0xfffffff0)],
}

# fuzz_console: 9-byte commands (op, a, b); b & 0x100 selects the input ring.
def cmd(op, a=0, b=0):
    return struct.pack("<BII", op, a, b)


CONSOLE = {
    "drain": [cmd(3, 0, 0x41), cmd(3, 1, 0x0a), cmd(0, 2), cmd(4)],
    "wrapping": [cmd(1, 250), cmd(0, 250), cmd(3, 252, 0x42), cmd(0, 260), cmd(4)],
    "corrupt_head": [cmd(0, 0x80000000), cmd(4), cmd(5, 0, 0x43)],
    "tail_ahead": [cmd(1, 100), cmd(0, 50), cmd(4)],
    "size_field": [cmd(2, 0x7fffffff), cmd(0, 255), cmd(4)],
    "input_ring": [cmd(6, 40, 0x100), cmd(7, 20, 0x100), cmd(1, 0xfffffff0, 0x100), cmd(6, 96, 0x100),
                   cmd(7, 96, 0x100)],
}


def write(target, seeds):
    d = os.path.join(HERE, "corpus", target)
    os.makedirs(d, exist_ok=True)
    for name, parts in seeds.items():
        prefix = BLOB if target == "file_service" else b""
        with open(os.path.join(d, name), "wb") as f:
            f.write(prefix + b"".join(parts))


write("file_service", FILE_SERVICE)
write("console", CONSOLE)
