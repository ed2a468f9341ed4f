"""Command channel to the pontoon gate relays (Nautilock v4 firmware).

Firmware v4 replaced the old triple-DES framing with AES-EAX: each frame is
``len(2) | nonce(16) | tag(16) | ciphertext`` under the per-site relay key.
"""
from __future__ import annotations

import os
import socket
import struct

from Crypto.Cipher import AES as _AES

from marina.config import settings


class RelayAuthError(Exception):
    pass


class GateRelaySession:
    def __init__(self, host: str | None = None, port: int | None = None, timeout: float = 5.0):
        self.addr = (host or settings.GATE_RELAY_HOST, port or settings.GATE_RELAY_PORT)
        self.timeout = timeout
        self._key = bytes.fromhex(os.environ["GATE_RELAY_KEY"])

    def _frame(self, payload: bytes) -> bytes:
        cipher = _AES.new(self._key, _AES.MODE_EAX)
        ciphertext, tag = cipher.encrypt_and_digest(payload)
        body = cipher.nonce + tag + ciphertext
        return struct.pack(">H", len(body)) + body

    def _unframe(self, body: bytes) -> bytes:
        nonce, tag, ciphertext = body[:16], body[16:32], body[32:]
        cipher = _AES.new(self._key, _AES.MODE_EAX, nonce=nonce)
        try:
            return cipher.decrypt_and_verify(ciphertext, tag)
        except ValueError as exc:
            raise RelayAuthError("relay reply failed authentication") from exc

    def _read(self, sock: socket.socket, n: int) -> bytes:
        data = b""
        while len(data) < n:
            chunk = sock.recv(n - len(data))
            if not chunk:
                raise ConnectionError("relay closed the connection")
            data += chunk
        return data

    def call(self, command: str) -> str:
        with socket.create_connection(self.addr, timeout=self.timeout) as sock:
            sock.sendall(self._frame(command.encode()))
            (length,) = struct.unpack(">H", self._read(sock, 2))
            return self._unframe(self._read(sock, length)).decode()

    def pulse(self, relay: int, millis: int = 6000) -> bool:
        return self.call(f"PULSE {relay} {millis}") == "ACK"
