"""Encrypted command channel to the new automatic presses on line 3.

Frames: 4-byte big-endian length, 12-byte nonce, ChaCha20-Poly1305
ciphertext with the press id as associated data.
"""
from __future__ import annotations

import os
import socket
import struct
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


@dataclass(frozen=True)
class PressEndpoint:
    press_id: str
    host: str
    port: int = 5030


class PressChannel:
    def __init__(self, endpoint: PressEndpoint, key: bytes, timeout: float = 3.0) -> None:
        self._endpoint = endpoint
        self._aead = ChaCha20Poly1305(key)
        self._aad = endpoint.press_id.encode("ascii")
        self._timeout = timeout

    @classmethod
    def for_press(cls, press_id: str) -> "PressChannel":
        host = os.environ[f"PRESS_{press_id.upper()}_HOST"]
        key = bytes.fromhex(os.environ["PRESS_CHANNEL_KEY"])
        return cls(PressEndpoint(press_id=press_id, host=host), key)

    def _seal(self, payload: bytes) -> bytes:
        nonce = os.urandom(12)
        body = nonce + self._aead.encrypt(nonce, payload, self._aad)
        return struct.pack(">I", len(body)) + body

    def _open(self, body: bytes) -> bytes:
        return self._aead.decrypt(body[:12], body[12:], self._aad)

    @staticmethod
    def _recv_exact(sock: socket.socket, n: int) -> bytes:
        buf = bytearray()
        while len(buf) < n:
            chunk = sock.recv(n - len(buf))
            if not chunk:
                raise ConnectionError("press closed the connection")
            buf.extend(chunk)
        return bytes(buf)

    def send(self, command: str) -> str:
        with socket.create_connection((self._endpoint.host, self._endpoint.port),
                                      timeout=self._timeout) as sock:
            sock.sendall(self._seal(command.encode("ascii")))
            (length,) = struct.unpack(">I", self._recv_exact(sock, 4))
            return self._open(self._recv_exact(sock, length)).decode("ascii")

    def set_mould_temperature(self, celsius: float) -> str:
        if not 60.0 <= celsius <= 190.0:
            raise ValueError("mould temperature out of range")
        return self.send(f"SET TEMP {celsius:.1f}")

    def status(self) -> str:
        return self.send("STATUS")
