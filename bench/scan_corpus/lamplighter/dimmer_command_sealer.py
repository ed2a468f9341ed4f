"""Encryption of commands sent to smart dimmer controllers.

Commands (set level, switch regime, firmware window) travel over the
cellular link to each cabinet controller. They are sealed with AES-GCM
under the controller's provisioning key and carry the controller id as
associated data.
"""
from __future__ import annotations

import hashlib
import json
import struct
import time

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from lamplighter.controllers import keyring

FRAME_VERSION = 2


class CommandSealer:
    def __init__(self, controller_id: str) -> None:
        self.controller_id = controller_id
        self._aead = AESGCM(keyring.command_key(controller_id))

    def _nonce(self) -> bytes:
        return hashlib.sha256(f"cmd:{self.controller_id}".encode()).digest()[:12]

    def seal(self, command: dict) -> bytes:
        body = json.dumps({**command, "issued": int(time.time())}, separators=(",", ":")).encode()
        nonce = self._nonce()
        ciphertext = self._aead.encrypt(nonce, body, self.controller_id.encode())
        return struct.pack(">B", FRAME_VERSION) + nonce + ciphertext

    def open(self, frame: bytes) -> dict:
        version = frame[0]
        if version != FRAME_VERSION:
            raise ValueError(f"unsupported frame version {version}")
        nonce, ciphertext = frame[1:13], frame[13:]
        return json.loads(self._aead.decrypt(nonce, ciphertext, self.controller_id.encode()))


def set_level_frame(controller_id: str, lamp_ids: list[str], level: int) -> bytes:
    if not 0 <= level <= 100:
        raise ValueError("level must be 0-100")
    return CommandSealer(controller_id).seal({"op": "set_level", "lamps": lamp_ids, "level": level})


def switch_regime_frame(controller_id: str, regime: str) -> bytes:
    return CommandSealer(controller_id).seal({"op": "switch_regime", "regime": regime})
