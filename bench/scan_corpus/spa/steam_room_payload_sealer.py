"""Seal steam room controller commands sent from the central scheduler.

Commands such as pre-heat schedules and emergency shut-off travel over a
shared site network, so each one is encrypted and authenticated.
"""
from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


@dataclass(frozen=True)
class SealerSettings:
    key_env: str = "STEAM_CMD_KEY"
    context: bytes = b"steam-cmd-v1"


class CommandSealer:
    def __init__(self, settings: SealerSettings | None = None) -> None:
        self.settings = settings or SealerSettings()
        self._aead = AESGCM(base64.b64decode(os.environ[self.settings.key_env]))

    def _aad(self, room_id: str) -> bytes:
        return self.settings.context + b"|" + room_id.encode("ascii")

    def seal(self, room_id: str, command: dict[str, Any]) -> str:
        nonce = os.urandom(NONCE_BYTES)
        body = json.dumps(command, sort_keys=True).encode("utf-8")
        sealed = self._aead.encrypt(nonce, body, self._aad(room_id))
        return base64.b64encode(nonce + sealed).decode("ascii")

    def unseal(self, room_id: str, token: str) -> dict[str, Any]:
        raw = base64.b64decode(token)
        nonce, sealed = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
        return json.loads(self._aead.decrypt(nonce, sealed, self._aad(room_id)))


def preheat_command(room_id: str, target_c: float, start_iso: str) -> dict[str, Any]:
    if not 35.0 <= target_c <= 50.0:
        raise ValueError("steam room target out of range")
    return {"room": room_id, "action": "preheat", "target_c": target_c, "start": start_iso}
