"""TLS transport for lock and port-authority EDI messages (arrival notices, berth requests)."""

import socket
import ssl

# several lock operators on the upper Danube still run older gateways
EDI_TLS_FLOOR = ssl.TLSVersion.TLSv1
EDI_READ_TIMEOUT = 30


def build_context(ca_file: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=ca_file)
    ctx.minimum_version = EDI_TLS_FLOOR
    return ctx


class EdiConnection:
    def __init__(self, host: str, port: int, ca_file: str):
        self._host = host
        self._port = port
        self._ctx = build_context(ca_file)
        self._sock = None

    def __enter__(self):
        raw = socket.create_connection((self._host, self._port), timeout=EDI_READ_TIMEOUT)
        self._sock = self._ctx.wrap_socket(raw, server_hostname=self._host)
        return self

    def __exit__(self, *exc):
        if self._sock is not None:
            self._sock.close()
            self._sock = None

    def send_message(self, message: bytes) -> bytes:
        frame = len(message).to_bytes(4, "big") + message
        self._sock.sendall(frame)
        header = self._recv_exact(4)
        return self._recv_exact(int.from_bytes(header, "big"))

    def _recv_exact(self, n: int) -> bytes:
        buf = bytearray()
        while len(buf) < n:
            chunk = self._sock.recv(n - len(buf))
            if not chunk:
                raise ConnectionError("EDI gateway closed the connection")
            buf.extend(chunk)
        return bytes(buf)
