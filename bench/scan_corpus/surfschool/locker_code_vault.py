"""Stores the keypad codes for the board-storage lockers members rent by the month."""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from typing import Dict

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_LEN = 12
KEY_VERSION = "v2"


@dataclass
class SealedCode:
    locker_id: str
    key_version: str
    blob: str


class LockerCodeVault:
    def __init__(self, keys: Dict[str, bytes]) -> None:
        self._keys = {version: AESGCM(k) for version, k in keys.items()}

    @classmethod
    def from_env(cls) -> "LockerCodeVault":
        return cls({KEY_VERSION: base64.b64decode(os.environ["LOCKER_CODE_KEY_V2"])})

    @staticmethod
    def _aad(locker_id: str) -> bytes:
        return f"locker:{locker_id}".encode()

    def seal(self, locker_id: str, code: str) -> SealedCode:
        nonce = os.urandom(NONCE_LEN)
        ct = self._keys[KEY_VERSION].encrypt(nonce, code.encode(), self._aad(locker_id))
        return SealedCode(locker_id, KEY_VERSION, base64.b64encode(nonce + ct).decode())

    def open(self, sealed: SealedCode) -> str:
        raw = base64.b64decode(sealed.blob)
        nonce, ct = raw[:NONCE_LEN], raw[NONCE_LEN:]
        aead = self._keys[sealed.key_version]
        return aead.decrypt(nonce, ct, self._aad(sealed.locker_id)).decode()


def rotate_code(vault: LockerCodeVault, locker_id: str, new_code: str, store: dict) -> None:
    if not (new_code.isdigit() and 4 <= len(new_code) <= 8):
        raise ValueError("locker codes are 4-8 digits")
    store[locker_id] = vault.seal(locker_id, new_code)
