"""RadSec (RADIUS over TLS, RFC 6614) transport for the AAA proxy.

Opens a mutually authenticated TLS connection to a home server on TCP/2083
and exchanges length-framed RADIUS packets over it.
"""
import socket
import ssl
import struct

RADSEC_PORT = 2083


def build_radsec_context(
    ca_file: str,
    cert_file: str,
    key_file: str,
    min_version: ssl.TLSVersion = ssl.TLSVersion.TLSv1,
) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=ca_file)
    ctx.load_cert_chain(cert_file, key_file)
    ctx.minimum_version = min_version
    return ctx


class RadSecConnection:
    def __init__(self, host: str, ctx: ssl.SSLContext, port: int = RADSEC_PORT, timeout: float = 5.0):
        self.host = host
        self.port = port
        self._ctx = ctx
        self._timeout = timeout
        self._sock = None

    def __enter__(self):
        raw = socket.create_connection((self.host, self.port), timeout=self._timeout)
        self._sock = self._ctx.wrap_socket(raw, server_hostname=self.host)
        return self

    def __exit__(self, *exc):
        if self._sock is not None:
            self._sock.close()
            self._sock = None

    def _recv_exact(self, n: int) -> bytes:
        buf = b""
        while len(buf) < n:
            chunk = self._sock.recv(n - len(buf))
            if not chunk:
                raise ConnectionError("RadSec peer closed the connection")
            buf += chunk
        return buf

    def exchange(self, packet: bytes) -> bytes:
        self._sock.sendall(packet)
        header = self._recv_exact(4)
        _code, _ident, length = struct.unpack("!BBH", header)
        return header + self._recv_exact(length - 4)
