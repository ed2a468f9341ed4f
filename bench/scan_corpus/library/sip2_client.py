"""Minimal SIP2 client used by kiosks and the e-resource proxy to talk to the ILS."""
import logging
import socket
import ssl
from datetime import datetime

log = logging.getLogger("sip2")

TERMINATOR = "\r"
ENCODING = "utf-8"


def _checksum(message: str) -> str:
    total = sum(message.encode(ENCODING)) & 0xFFFF
    return f"{(-total) & 0xFFFF:04X}"


def _timestamp() -> str:
    return datetime.now().strftime("%Y%m%d    %H%M%S")


class Sip2Client:
    def __init__(self, host: str, port: int, institution: str, timeout: float = 10.0):
        self.host = host
        self.port = port
        self.institution = institution
        self.timeout = timeout
        self._sock = None
        self._seq = 0

    def connect(self) -> None:
        raw = socket.create_connection((self.host, self.port), timeout=self.timeout)
        ctx = ssl.create_default_context()
        self._sock = ctx.wrap_socket(raw, server_hostname=self.host)

    def _send(self, body: str) -> str:
        msg = f"{body}AY{self._seq}AZ"
        msg += _checksum(msg)
        self._seq = (self._seq + 1) % 10
        self._sock.sendall((msg + TERMINATOR).encode(ENCODING))
        buf = b""
        while not buf.endswith(TERMINATOR.encode()):
            chunk = self._sock.recv(4096)
            if not chunk:
                raise ConnectionError("SIP2 server closed the connection")
            buf += chunk
        return buf.decode(ENCODING).rstrip(TERMINATOR)

    def login(self, user: str, password: str, location: str = "") -> bool:
        body = f"9300CN{user}|CO{password}|CP{location}|"
        log.debug("SIP2 login request: %s", body)
        reply = self._send(body)
        return reply.startswith("941")

    def patron_status(self, patron_barcode: str) -> str:
        body = f"23001{_timestamp()}AO{self.institution}|AA{patron_barcode}|AC|AD|"
        return self._send(body)

    def checkout(self, patron_barcode: str, item_barcode: str) -> str:
        body = (f"11YN{_timestamp()}{_timestamp()}AO{self.institution}|"
                f"AA{patron_barcode}|AB{item_barcode}|AC|")
        return self._send(body)

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None
