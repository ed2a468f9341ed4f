"""Encrypts basket payloads sent from shop tills to the central POS gateway."""
from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from typing import Any, Callable

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass(frozen=True)
class CipherProfile:
    name: str
    key_env: str
    mode_factory: Callable[[], modes.Mode]
    block_bits: int = 128


TILL_PROFILES: dict[str, CipherProfile] = {
    "till-v3": CipherProfile(name="till-v3", key_env="POS_TILL_KEY", mode_factory=modes.ECB),
}


class TillPayloadCipher:
    def __init__(self, profile_name: str = "till-v3") -> None:
        self.profile = TILL_PROFILES[profile_name]
        self._key = base64.b64decode(os.environ[self.profile.key_env])

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), self.profile.mode_factory())

    def seal(self, basket: dict[str, Any]) -> str:
        raw = json.dumps(basket, separators=(",", ":")).encode()
        padder = padding.PKCS7(self.profile.block_bits).padder()
        padded = padder.update(raw) + padder.finalize()
        enc = self._cipher().encryptor()
        return base64.b64encode(enc.update(padded) + enc.finalize()).decode()

    def open(self, blob: str) -> dict[str, Any]:
        dec = self._cipher().decryptor()
        padded = dec.update(base64.b64decode(blob)) + dec.finalize()
        unpadder = padding.PKCS7(self.profile.block_bits).unpadder()
        return json.loads(unpadder.update(padded) + unpadder.finalize())


def envelope(shop_id: int, till_no: int, basket: dict[str, Any]) -> dict[str, Any]:
    return {
        "shop": shop_id,
        "till": till_no,
        "profile": "till-v3",
        "payload": TillPayloadCipher().seal(basket),
    }
