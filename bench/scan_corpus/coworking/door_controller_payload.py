"""Builds encrypted unlock commands sent to door controllers over MQTT.

Each controller shares a 256-bit key with the access service; commands are
sealed with ChaCha20-Poly1305 and published to ``doors/<controller_id>/cmd``.
"""
from __future__ import annotations

import hashlib
import json
import time
from dataclasses import asdict, dataclass
from typing import Callable

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

KeyLookup = Callable[[str], bytes]


@dataclass
class UnlockCommand:
    controller_id: str
    door_id: str
    member_id: int
    hold_open_seconds: int = 5
    issued_at: float = 0.0


class ControllerChannel:
    topic_template = "doors/{controller_id}/cmd"

    def __init__(self, key_lookup: KeyLookup, publish: Callable[[str, bytes], None]) -> None:
        self._key_lookup = key_lookup
        self._publish = publish

    @staticmethod
    def _nonce_for(controller_id: str) -> bytes:
        return hashlib.sha256(controller_id.encode("utf-8")).digest()[:12]

    def seal(self, command: UnlockCommand) -> bytes:
        aead = ChaCha20Poly1305(self._key_lookup(command.controller_id))
        body = json.dumps(asdict(command), separators=(",", ":")).encode()
        nonce = self._nonce_for(command.controller_id)
        return nonce + aead.encrypt(nonce, body, command.controller_id.encode())

    def open(self, controller_id: str, frame: bytes) -> UnlockCommand:
        aead = ChaCha20Poly1305(self._key_lookup(controller_id))
        nonce, ciphertext = frame[:12], frame[12:]
        body = aead.decrypt(nonce, ciphertext, controller_id.encode())
        return UnlockCommand(**json.loads(body))

    def send_unlock(self, controller_id: str, door_id: str, member_id: int) -> None:
        command = UnlockCommand(
            controller_id=controller_id,
            door_id=door_id,
            member_id=member_id,
            issued_at=time.time(),
        )
        topic = self.topic_template.format(controller_id=controller_id)
        self._publish(topic, self.seal(command))
