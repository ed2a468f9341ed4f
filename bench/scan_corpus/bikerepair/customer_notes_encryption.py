"""Encrypts free-text intake notes (lock codes, contact preferences) on job cards."""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from typing import Protocol

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


class KeySource(Protocol):
    def current(self) -> tuple[str, bytes]: ...
    def by_id(self, key_id: str) -> bytes: ...


@dataclass
class EnvKeySource:
    prefix: str = "JOBCARD_NOTES_KEY_"
    active_env: str = "JOBCARD_NOTES_ACTIVE"

    def current(self) -> tuple[str, bytes]:
        key_id = os.environ[self.active_env]
        return key_id, self.by_id(key_id)

    def by_id(self, key_id: str) -> bytes:
        return base64.urlsafe_b64decode(os.environ[self.prefix + key_id])


class NoteSealer:
    nonce_len = 12

    def __init__(self, keys: KeySource) -> None:
        self.keys = keys

    def seal(self, job_card: str, note: str) -> str:
        key_id, key = self.keys.current()
        nonce = os.urandom(self.nonce_len)
        ct = ChaCha20Poly1305(key).encrypt(nonce, note.encode("utf-8"), job_card.encode())
        return ".".join(
            [key_id, base64.urlsafe_b64encode(nonce).decode(), base64.urlsafe_b64encode(ct).decode()]
        )

    def unseal(self, job_card: str, token: str) -> str:
        key_id, nonce_b64, ct_b64 = token.split(".")
        aead = ChaCha20Poly1305(self.keys.by_id(key_id))
        plain = aead.decrypt(
            base64.urlsafe_b64decode(nonce_b64), base64.urlsafe_b64decode(ct_b64), job_card.encode()
        )
        return plain.decode("utf-8")


def default_sealer() -> NoteSealer:
    return NoteSealer(EnvKeySource())
