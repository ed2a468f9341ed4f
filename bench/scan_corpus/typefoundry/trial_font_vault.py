"""Encrypted storage for trial font builds.

Trial fonts are full-featured builds limited to a reduced character set;
they are stored encrypted at rest and decrypted only when a trial download
is requested.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from Crypto.Cipher import AES

MAGIC = b"TFV1"
NONCE_LEN = 16
TAG_LEN = 16


@dataclass(frozen=True)
class VaultSettings:
    root: Path
    key_env: str = "TRIAL_VAULT_KEY"

    def key(self) -> bytes:
        key = bytes.fromhex(os.environ[self.key_env])
        if len(key) != 32:
            raise ValueError("vault key must be 256 bits")
        return key


class TrialFontVault:
    def __init__(self, settings: VaultSettings) -> None:
        self.settings = settings
        self._key = settings.key()

    def _path(self, family_slug: str, style: str) -> Path:
        safe_family = "".join(c for c in family_slug if c.isalnum() or c == "-")
        safe_style = "".join(c for c in style if c.isalnum())
        return self.settings.root / safe_family / f"{safe_style}-trial.otf.vault"

    def _seal(self, plaintext: bytes, aad: bytes) -> bytes:
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=os.urandom(NONCE_LEN), mac_len=TAG_LEN)
        cipher.update(aad)
        ciphertext, tag = cipher.encrypt_and_digest(plaintext)
        return MAGIC + cipher.nonce + tag + ciphertext

    def _unseal(self, blob: bytes, aad: bytes) -> bytes:
        if blob[:4] != MAGIC:
            raise ValueError("not a vault file")
        nonce = blob[4:4 + NONCE_LEN]
        tag = blob[4 + NONCE_LEN:4 + NONCE_LEN + TAG_LEN]
        ciphertext = blob[4 + NONCE_LEN + TAG_LEN:]
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=nonce, mac_len=TAG_LEN)
        cipher.update(aad)
        return cipher.decrypt_and_verify(ciphertext, tag)

    def store(self, family_slug: str, style: str, font_bytes: bytes) -> Path:
        path = self._path(family_slug, style)
        path.parent.mkdir(parents=True, exist_ok=True)
        aad = f"{family_slug}/{style}".encode("utf-8")
        path.write_bytes(self._seal(font_bytes, aad))
        return path

    def load(self, family_slug: str, style: str) -> bytes:
        path = self._path(family_slug, style)
        aad = f"{family_slug}/{style}".encode("utf-8")
        return self._unseal(path.read_bytes(), aad)
