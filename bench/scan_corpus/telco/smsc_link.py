"""SMPP transceiver link to the host operator's SMSC, used for OTP and PAC messages."""
from __future__ import annotations

import logging
import os
import socket
import ssl
import struct
from dataclasses import dataclass, field
from itertools import count

log = logging.getLogger(__name__)

BIND_TRANSCEIVER = 0x00000009
BIND_TRANSCEIVER_RESP = 0x80000009
SUBMIT_SM = 0x00000004
ENQUIRE_LINK = 0x00000015


@dataclass
class SmscSettings:
    host: str = field(default_factory=lambda: os.environ["SMSC_HOST"])
    port: int = field(default_factory=lambda: int(os.environ.get("SMSC_PORT", "3550")))
    system_id: str = field(default_factory=lambda: os.environ["SMSC_SYSTEM_ID"])
    password: str = field(default_factory=lambda: os.environ["SMSC_PASSWORD"])
    ca_file: str = field(default_factory=lambda: os.environ["SMSC_CA_FILE"])
    source_addr: str = "MVNO"


def _cstr(value: str) -> bytes:
    return value.encode("ascii") + b"\x00"


class SmscLink:
    def __init__(self, settings: SmscSettings | None = None) -> None:
        self._s = settings or SmscSettings()
        self._seq = count(1)
        self._sock: ssl.SSLSocket | None = None

    def _context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(cafile=self._s.ca_file)
        ctx.minimum_version = ssl.TLSVersion.TLSv1
        return ctx

    def _pdu(self, command_id: int, body: bytes = b"") -> bytes:
        return struct.pack(">IIII", 16 + len(body), command_id, 0, next(self._seq)) + body

    def _read_pdu(self) -> tuple[int, int, bytes]:
        header = self._sock.recv(16)
        length, command_id, status, _seq = struct.unpack(">IIII", header)
        return command_id, status, self._sock.recv(length - 16)

    def connect(self) -> None:
        raw = socket.create_connection((self._s.host, self._s.port), timeout=10)
        self._sock = self._context().wrap_socket(raw, server_hostname=self._s.host)
        body = _cstr(self._s.system_id) + _cstr(self._s.password) + _cstr("") + bytes([0x34, 0, 0]) + _cstr("")
        self._sock.sendall(self._pdu(BIND_TRANSCEIVER, body))
        command_id, status, _ = self._read_pdu()
        if command_id != BIND_TRANSCEIVER_RESP or status != 0:
            raise ConnectionError(f"SMPP bind failed with status 0x{status:08x}")
        log.info("bound to SMSC %s:%s as %s", self._s.host, self._s.port, self._s.system_id)

    def submit(self, msisdn: str, text: str) -> None:
        message = text.encode("latin-1")
        body = (
            _cstr("") + bytes([5, 0]) + _cstr(self._s.source_addr)
            + bytes([1, 1]) + _cstr(msisdn.lstrip("+"))
            + bytes([0, 0, 0]) + _cstr("") + _cstr("")
            + bytes([1, 0, 0, 0, len(message)]) + message
        )
        self._sock.sendall(self._pdu(SUBMIT_SM, body))

    def keepalive(self) -> None:
        self._sock.sendall(self._pdu(ENQUIRE_LINK))
