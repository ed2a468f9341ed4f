"""Encrypts bespoke-client scent profiles (allergies, preferences) at rest."""
from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import asdict, dataclass, field

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

NONCE_BYTES = 12
VERSION = b"\x01"


@dataclass
class ScentProfile:
    client_id: str
    preferred_families: list[str] = field(default_factory=list)
    declared_allergens: list[str] = field(default_factory=list)
    notes: str = ""


class ProfileVault:
    def __init__(self, key: bytes) -> None:
        self._aead = ChaCha20Poly1305(key)

    @classmethod
    def from_env(cls) -> "ProfileVault":
        return cls(base64.b64decode(os.environ["PROFILE_ENCRYPTION_KEY"]))

    def encrypt(self, profile: ScentProfile) -> str:
        nonce = secrets.token_bytes(NONCE_BYTES)
        plaintext = json.dumps(asdict(profile)).encode("utf-8")
        aad = VERSION + profile.client_id.encode("utf-8")
        sealed = self._aead.encrypt(nonce, plaintext, aad)
        return base64.urlsafe_b64encode(VERSION + nonce + sealed).decode("ascii")

    def decrypt(self, token: str, client_id: str) -> ScentProfile:
        blob = base64.urlsafe_b64decode(token)
        version, nonce, sealed = blob[:1], blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :]
        if version != VERSION:
            raise ValueError("unknown profile format")
        plaintext = self._aead.decrypt(nonce, sealed, version + client_id.encode("utf-8"))
        return ScentProfile(**json.loads(plaintext))
