"""Encrypted storage of performer medical clearance notes.

Clearance notes (physio sign-off, fitness-to-fly, aerial clearance) are
encrypted before they are written to the ``medical_clearances`` table.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

CIPHER_PROFILE = {
    "algorithm": algorithms.AES,
    "mode": modes.ECB,
    "block_bits": 128,
}


@dataclass
class ClearanceNote:
    performer_id: int
    discipline: str
    valid_until: date
    note: str


class ClearanceVault:
    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or bytes.fromhex(os.environ["CLEARANCE_VAULT_KEY"])

    def _cipher(self) -> Cipher:
        algorithm = CIPHER_PROFILE["algorithm"](self._key)
        return Cipher(algorithm, CIPHER_PROFILE["mode"]())

    def seal(self, note: ClearanceNote) -> bytes:
        padder = padding.PKCS7(CIPHER_PROFILE["block_bits"]).padder()
        data = padder.update(note.note.encode("utf-8")) + padder.finalize()
        enc = self._cipher().encryptor()
        return enc.update(data) + enc.finalize()

    def open(self, blob: bytes) -> str:
        dec = self._cipher().decryptor()
        padded = dec.update(blob) + dec.finalize()
        unpadder = padding.PKCS7(CIPHER_PROFILE["block_bits"]).unpadder()
        return (unpadder.update(padded) + unpadder.finalize()).decode("utf-8")

    def to_row(self, note: ClearanceNote) -> dict[str, object]:
        return {
            "performer_id": note.performer_id,
            "discipline": note.discipline,
            "valid_until": note.valid_until.isoformat(),
            "note_enc": self.seal(note),
        }
