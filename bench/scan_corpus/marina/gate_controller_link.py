"""TCP link to the legacy Nautilock gate controller in the harbour office.

The controller firmware (v3.x) frames every command as
``len(2) | iv(8) | ciphertext`` and only understands the cipher suite it
shipped with, so this module mirrors that framing.
"""
from __future__ import annotations

import os
import socket
import struct

from Crypto.Cipher import DES3 as _TDES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

from marina.config import settings


class GateControllerLink:
    def __init__(self, host: str | None = None, port: int | None = None, timeout: float = 5.0):
        self.host = host or settings.GATE_CONTROLLER_HOST
        self.port = port or settings.GATE_CONTROLLER_PORT
        self.timeout = timeout
        self._key = bytes.fromhex(os.environ["GATE_CONTROLLER_KEY"])

    def _cipher(self, iv: bytes):
        return _TDES.new(self._key, _TDES.MODE_CBC, iv=iv)

    def _seal(self, payload: bytes) -> bytes:
        iv = get_random_bytes(8)
        body = iv + self._cipher(iv).encrypt(pad(payload, 8))
        return struct.pack(">H", len(body)) + body

    def _unseal(self, frame: bytes) -> bytes:
        iv, body = frame[:8], frame[8:]
        return unpad(self._cipher(iv).decrypt(body), 8)

    def _recv_exact(self, sock: socket.socket, n: int) -> bytes:
        buf = b""
        while len(buf) < n:
            chunk = sock.recv(n - len(buf))
            if not chunk:
                raise ConnectionError("gate controller closed the connection")
            buf += chunk
        return buf

    def send_command(self, command: str) -> str:
        with socket.create_connection((self.host, self.port), timeout=self.timeout) as sock:
            sock.sendall(self._seal(command.encode("ascii")))
            (length,) = struct.unpack(">H", self._recv_exact(sock, 2))
            return self._unseal(self._recv_exact(sock, length)).decode("ascii")

    def open_gate(self, gate_no: int, seconds: int = 8) -> bool:
        return self.send_command(f"OPEN {gate_no:02d} {seconds}") == "OK"

    def block_card(self, card_uid: str) -> bool:
        return self.send_command(f"BLOCK {card_uid.upper()}") == "OK"
