"""Encrypt the stored card reference for members on monthly board-rental plans."""
from __future__ import annotations

import base64
import os
from typing import Any, Dict

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

CIPHER_PROFILES: Dict[str, Dict[str, Any]] = {
    "card_ref": {"algorithm": algorithms.AES, "key_env": "CARD_REF_KEY", "mode": modes.ECB},
    "locker_pin": {"algorithm": algorithms.AES, "key_env": "LOCKER_PIN_KEY", "mode": modes.ECB},
}


def _load_key(env_name: str) -> bytes:
    raw = os.environ[env_name]
    key = base64.b64decode(raw)
    if len(key) not in (16, 24, 32):
        raise ValueError(f"{env_name} must decode to an AES key")
    return key


class ProfileCipher:
    """Small wrapper so billing code never touches cipher primitives directly."""

    def __init__(self, profile: str) -> None:
        spec = CIPHER_PROFILES[profile]
        self._algorithm = spec["algorithm"](_load_key(spec["key_env"]))
        self._mode_factory = spec["mode"]

    def _cipher(self) -> Cipher:
        return Cipher(self._algorithm, self._mode_factory())

    def seal(self, plaintext: str) -> str:
        padder = padding.PKCS7(128).padder()
        data = padder.update(plaintext.encode("utf-8")) + padder.finalize()
        enc = self._cipher().encryptor()
        return base64.urlsafe_b64encode(enc.update(data) + enc.finalize()).decode("ascii")

    def open(self, token: str) -> str:
        dec = self._cipher().decryptor()
        data = dec.update(base64.urlsafe_b64decode(token)) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("utf-8")


def store_card_reference(member_id: int, processor_ref: str, repo: Any) -> None:
    sealed = ProfileCipher("card_ref").seal(processor_ref)
    repo.update_member(member_id, card_ref_encrypted=sealed)
