"""Seals CDN and Wi-Fi credentials before they are stored for a screen player.

Ops staff enter the credentials for a site's LTE router and the content
CDN once; they are stored sealed and only opened when a config bundle is
built for that player.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


@dataclass(frozen=True)
class SealerSettings:
    key_b64: str
    key_id: str = "screens-2024"

    @classmethod
    def from_env(cls) -> "SealerSettings":
        return cls(key_b64=os.environ["SCREEN_SEAL_KEY"], key_id=os.environ.get("SCREEN_SEAL_KEY_ID", "screens-2024"))

    @property
    def key(self) -> bytes:
        key = base64.b64decode(self.key_b64)
        if len(key) != 32:
            raise ValueError("SCREEN_SEAL_KEY must be a base64 256-bit key")
        return key


class CredentialSealer:
    def __init__(self, settings: SealerSettings) -> None:
        self._settings = settings
        self._aead = AESGCM(settings.key)

    def _aad(self, player_id: str, field: str) -> bytes:
        return f"{self._settings.key_id}|{player_id}|{field}".encode("utf-8")

    def seal(self, player_id: str, field: str, secret: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        ct = self._aead.encrypt(nonce, secret.encode("utf-8"), self._aad(player_id, field))
        return base64.urlsafe_b64encode(nonce + ct).decode("ascii")

    def open(self, player_id: str, field: str, sealed: str) -> str:
        raw = base64.urlsafe_b64decode(sealed)
        nonce, ct = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
        return self._aead.decrypt(nonce, ct, self._aad(player_id, field)).decode("utf-8")

    def seal_site(self, player_id: str, creds: dict[str, str]) -> dict[str, str]:
        return {name: self.seal(player_id, name, value) for name, value in creds.items()}
