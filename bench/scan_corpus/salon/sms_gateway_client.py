"""Send appointment reminder SMS through the aggregator's SMPP-over-TLS endpoint."""
from __future__ import annotations

import os
import socket
import ssl
import struct
from dataclasses import dataclass, field

BIND_TRANSCEIVER = 0x00000009
SUBMIT_SM = 0x00000004
UNBIND = 0x00000006
HEADER = struct.Struct(">IIII")


@dataclass
class SmppSettings:
    host: str
    port: int = 3550
    system_id: str = field(default_factory=lambda: os.environ["SMPP_SYSTEM_ID"])
    password: str = field(default_factory=lambda: os.environ["SMPP_PASSWORD"])
    source_addr: str = "SALON"
    ca_file: str | None = None


class ReminderGateway:
    min_tls = ssl.TLSVersion.TLSv1_1

    def __init__(self, settings: SmppSettings):
        self.settings = settings
        self._seq = 0
        self._sock: ssl.SSLSocket | None = None

    def _context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(cafile=self.settings.ca_file)
        ctx.minimum_version = self.min_tls
        return ctx

    def _pdu(self, command_id: int, body: bytes) -> bytes:
        self._seq += 1
        return HEADER.pack(HEADER.size + len(body), command_id, 0, self._seq) + body

    def connect(self) -> None:
        raw = socket.create_connection((self.settings.host, self.settings.port), timeout=10)
        self._sock = self._context().wrap_socket(raw, server_hostname=self.settings.host)
        body = b"".join(
            (
                self.settings.system_id.encode() + b"\0",
                self.settings.password.encode() + b"\0",
                b"\0",            # system_type
                bytes([0x34, 0, 0]),  # interface_version, addr_ton, addr_npi
                b"\0",            # address_range
            )
        )
        self._sock.sendall(self._pdu(BIND_TRANSCEIVER, body))
        self._sock.recv(4096)

    def send_reminder(self, msisdn: str, text: str) -> None:
        message = text.encode("latin-1", errors="replace")[:160]
        body = b"".join(
            (
                b"\0",
                bytes([5, 0]) + self.settings.source_addr.encode() + b"\0",
                bytes([1, 1]) + msisdn.lstrip("+").encode() + b"\0",
                bytes([0, 0, 0]) + b"\0" + b"\0",
                bytes([1, 0, 0, 0, len(message)]) + message,
            )
        )
        self._sock.sendall(self._pdu(SUBMIT_SM, body))
        self._sock.recv(4096)

    def close(self) -> None:
        if self._sock:
            self._sock.sendall(self._pdu(UNBIND, b""))
            self._sock.close()
