"""At-rest protection for DRM content keys in the key service database.

Each row holds ``nonce || ciphertext`` produced with AES-256-GCM under the
key-encryption key for the current epoch. The KID is bound as associated data
so a ciphertext cannot be replayed onto another KID.
"""
from __future__ import annotations

import os
import uuid
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_SIZE = 12


@dataclass
class SealedKey:
    kid: uuid.UUID
    epoch: int
    blob: bytes


class ContentKeyStore:
    def __init__(self, kek_by_epoch: dict[int, bytes], current_epoch: int) -> None:
        self._keks = kek_by_epoch
        self._epoch = current_epoch

    def seal(self, kid: uuid.UUID, content_key: bytes) -> SealedKey:
        if len(content_key) != 16:
            raise ValueError("CENC content keys are 128-bit")
        nonce = os.urandom(NONCE_SIZE)
        aead = AESGCM(self._keks[self._epoch])
        blob = nonce + aead.encrypt(nonce, content_key, kid.bytes)
        return SealedKey(kid=kid, epoch=self._epoch, blob=blob)

    def unseal(self, sealed: SealedKey) -> bytes:
        nonce, body = sealed.blob[:NONCE_SIZE], sealed.blob[NONCE_SIZE:]
        aead = AESGCM(self._keks[sealed.epoch])
        return aead.decrypt(nonce, body, sealed.kid.bytes)

    def reseal(self, sealed: SealedKey) -> SealedKey:
        """Move a key to the current KEK epoch during rotation."""
        return self.seal(sealed.kid, self.unseal(sealed))
