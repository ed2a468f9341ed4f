"""TLS transport for RadSec peers (RFC 6614) used by the roaming AAA proxy."""
import socket
import ssl
import struct

RADSEC_PORT = 2083


def radsec_context(
    ca_file: str,
    cert_file: str,
    key_file: str,
    min_version: ssl.TLSVersion = ssl.TLSVersion.TLSv1_2,
) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=ca_file)
    ctx.load_cert_chain(cert_file, key_file)
    ctx.minimum_version = max(min_version, ssl.TLSVersion.TLSv1_2)
    return ctx


def send_packet(host: str, packet: bytes, ctx: ssl.SSLContext, timeout: float = 5.0) -> bytes:
    with socket.create_connection((host, RADSEC_PORT), timeout=timeout) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            tls.sendall(packet)
            header = _read(tls, 4)
            _code, _ident, length = struct.unpack("!BBH", header)
            return header + _read(tls, length - 4)


def _read(sock: ssl.SSLSocket, n: int) -> bytes:
    buf = bytearray()
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ConnectionError("RadSec peer closed the connection")
        buf.extend(chunk)
    return bytes(buf)
