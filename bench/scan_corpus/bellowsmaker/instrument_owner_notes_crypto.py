"""Encryption of private owner notes attached to customer instruments.

Owners of historic organs and concert accordions sometimes leave notes about
insurance values, storage locations and access codes for the church loft.
Those notes are encrypted at rest with AES-GCM; the instrument id is bound in
as associated data so a note cannot be moved to another instrument's row.
"""
import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
KEY_ENV = "INSTRUMENT_NOTES_KEY"


@dataclass(frozen=True)
class SealedNote:
    instrument_id: int
    blob: str  # base64(nonce || ciphertext+tag)


class NoteCipher:
    def __init__(self, key: bytes | None = None):
        if key is None:
            key = base64.b64decode(os.environ[KEY_ENV])
        if len(key) not in (16, 24, 32):
            raise ValueError("notes key must be 128, 192 or 256 bits")
        self._aead = AESGCM(key)

    @staticmethod
    def _aad(instrument_id: int) -> bytes:
        return f"instrument:{instrument_id}".encode()

    def seal(self, instrument_id: int, note: str) -> SealedNote:
        nonce = os.urandom(NONCE_BYTES)
        ct = self._aead.encrypt(nonce, note.encode("utf-8"), self._aad(instrument_id))
        return SealedNote(instrument_id, base64.b64encode(nonce + ct).decode("ascii"))

    def open(self, sealed: SealedNote) -> str:
        raw = base64.b64decode(sealed.blob)
        nonce, ct = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
        return self._aead.decrypt(nonce, ct, self._aad(sealed.instrument_id)).decode("utf-8")


def reseal_all(old: NoteCipher, new: NoteCipher, notes: list[SealedNote]) -> list[SealedNote]:
    """Used when rotating the notes key."""
    return [new.seal(n.instrument_id, old.open(n)) for n in notes]
