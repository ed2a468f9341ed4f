"""Seal sales and validation messages exchanged with retailer terminals.

Every terminal shares a symmetric session key with the central host; the
key is rotated nightly by the terminal management service.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def terminal_nonce(terminal_id: str, key_generation: int) -> bytes:
    material = f"{terminal_id}:{key_generation}".encode("utf-8")
    return hashlib.sha256(material).digest()[:12]


@dataclass
class TerminalChannel:
    terminal_id: str
    session_key: bytes
    key_generation: int
    associated: bytes = field(default=b"lottery-terminal-v3")

    def __post_init__(self) -> None:
        self._aead = AESGCM(self.session_key)
        self._nonce = terminal_nonce(self.terminal_id, self.key_generation)

    def seal(self, message: dict[str, Any]) -> bytes:
        body = json.dumps(message, separators=(",", ":")).encode("utf-8")
        return self._aead.encrypt(self._nonce, body, self.associated)

    def open(self, sealed: bytes) -> dict[str, Any]:
        body = self._aead.decrypt(self._nonce, sealed, self.associated)
        return json.loads(body)


class TerminalChannelRegistry:
    """In-memory registry used by the terminal gateway workers."""

    def __init__(self) -> None:
        self._channels: dict[str, TerminalChannel] = {}

    def register(self, terminal_id: str, session_key: bytes, generation: int) -> TerminalChannel:
        channel = TerminalChannel(terminal_id, session_key, generation)
        self._channels[terminal_id] = channel
        return channel

    def sale_confirmation(self, terminal_id: str, serial: str, amount_cents: int) -> bytes:
        channel = self._channels[terminal_id]
        return channel.seal({"type": "sale-ack", "serial": serial, "amount": amount_cents})
