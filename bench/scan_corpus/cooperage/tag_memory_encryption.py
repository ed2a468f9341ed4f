"""Encrypts the private section of barrel tag memory (customer blend notes, fill history)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Tuple

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


@dataclass(frozen=True)
class TagCryptoLayout:
    nonce_len: int = 12
    version: bytes = b"\x03"


class TagVault:
    """Each write produces version || nonce || ciphertext, bound to the tag UID."""

    layout = TagCryptoLayout()

    def __init__(self, master_key: bytes) -> None:
        self._aead = ChaCha20Poly1305(master_key)

    @classmethod
    def fresh_nonce(cls) -> bytes:
        return os.urandom(cls.layout.nonce_len)

    def _split(self, blob: bytes) -> Tuple[bytes, bytes]:
        if blob[:1] != self.layout.version:
            raise ValueError("unknown tag memory version")
        nonce_end = 1 + self.layout.nonce_len
        return blob[1:nonce_end], blob[nonce_end:]

    def seal(self, tag_uid: str, notes: str) -> bytes:
        nonce = self.fresh_nonce()
        sealed = self._aead.encrypt(nonce, notes.encode("utf-8"), tag_uid.encode())
        return self.layout.version + nonce + sealed

    def unseal(self, tag_uid: str, blob: bytes) -> str:
        nonce, sealed = self._split(blob)
        return self._aead.decrypt(nonce, sealed, tag_uid.encode()).decode("utf-8")


def rewrite_notes(vault: TagVault, tag_uid: str, blob: bytes, extra_line: str) -> bytes:
    notes = vault.unseal(tag_uid, blob)
    return vault.seal(tag_uid, f"{notes}\n{extra_line}".strip())
