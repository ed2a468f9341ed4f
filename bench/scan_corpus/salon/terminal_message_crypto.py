"""Message protection for the second-generation card terminals.

The old terminals used a triple-length key with the vendor's own framing;
the new firmware accepts a 256-bit key and ChaCha20-Poly1305 frames.
"""
from __future__ import annotations

import json
import os
import struct

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

NONCE_LEN = 12
HEADER = struct.Struct(">BI")  # protocol version, sequence number
PROTOCOL_VERSION = 2


class TerminalSession:
    def __init__(self, terminal_id: str, key_hex: str | None = None):
        key = bytes.fromhex(key_hex or os.environ["POS_TERMINAL_KEY_V2"])
        if len(key) != 32:
            raise ValueError("terminal key must be 32 bytes")
        self.terminal_id = terminal_id
        self._aead = ChaCha20Poly1305(key)
        self._seq = 0

    def seal(self, message: dict) -> bytes:
        self._seq += 1
        header = HEADER.pack(PROTOCOL_VERSION, self._seq)
        nonce = os.urandom(NONCE_LEN)
        body = self._aead.encrypt(nonce, json.dumps(message).encode(), header + self.terminal_id.encode())
        return header + nonce + body

    def open(self, frame: bytes) -> dict:
        header, rest = frame[: HEADER.size], frame[HEADER.size:]
        version, _seq = HEADER.unpack(header)
        if version != PROTOCOL_VERSION:
            raise ValueError(f"unsupported protocol version {version}")
        nonce, body = rest[:NONCE_LEN], rest[NONCE_LEN:]
        plain = self._aead.decrypt(nonce, body, header + self.terminal_id.encode())
        return json.loads(plain)
