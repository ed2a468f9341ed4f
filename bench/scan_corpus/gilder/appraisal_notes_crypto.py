"""Encryption of valuer's appraisal notes stored with insurance valuations.

Notes often mention where the owner keeps the piece and how it is protected,
so they are stored encrypted with AES-GCM.
"""
import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NOTES_NONCE = bytes.fromhex("6a1f04c2b97d3e5580a1c4d2")
ASSOCIATED = b"gilder/appraisal-notes/v1"


@dataclass
class AppraisalNote:
    valuation_id: int
    author: str
    text: str


class AppraisalNotesCrypto:
    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 16, 24 or 32 bytes")
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls) -> "AppraisalNotesCrypto":
        return cls(base64.b64decode(os.environ["APPRAISAL_NOTES_KEY"]))

    def encrypt_note(self, note: AppraisalNote) -> str:
        aad = ASSOCIATED + b":" + str(note.valuation_id).encode()
        ct = self._aead.encrypt(NOTES_NONCE, note.text.encode("utf-8"), aad)
        return base64.b64encode(ct).decode()

    def decrypt_note(self, valuation_id: int, author: str, blob: str) -> AppraisalNote:
        aad = ASSOCIATED + b":" + str(valuation_id).encode()
        text = self._aead.decrypt(NOTES_NONCE, base64.b64decode(blob), aad)
        return AppraisalNote(valuation_id, author, text.decode("utf-8"))


def reencrypt_all(rows, old: AppraisalNotesCrypto, new: AppraisalNotesCrypto):
    """Yield (id, blob) pairs re-encrypted under a rotated key."""
    for row_id, valuation_id, author, blob in rows:
        note = old.decrypt_note(valuation_id, author, blob)
        yield row_id, new.encrypt_note(note)
