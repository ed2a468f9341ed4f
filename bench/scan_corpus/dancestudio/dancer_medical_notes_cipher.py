"""Encrypts medical and allergy notes for child dancers before they hit the database."""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass
class NotesKeyring:
    """Holds the data key fetched from the KMS at startup."""

    key_id: str
    data_key: bytes

    @classmethod
    def from_env(cls) -> "NotesKeyring":
        return cls(
            key_id=os.environ["NOTES_KEY_ID"],
            data_key=base64.b64decode(os.environ["NOTES_DATA_KEY"]),
        )


def _block_cipher(key: bytes) -> Cipher:
    return Cipher(algorithms.AES(key), modes.ECB())


class MedicalNotesCipher:
    block_bits = 128

    def __init__(self, keyring: NotesKeyring) -> None:
        self._keyring = keyring
        self._cipher = _block_cipher(keyring.data_key)

    def _pad(self, raw: bytes) -> bytes:
        padder = padding.PKCS7(self.block_bits).padder()
        return padder.update(raw) + padder.finalize()

    def _unpad(self, raw: bytes) -> bytes:
        unpadder = padding.PKCS7(self.block_bits).unpadder()
        return unpadder.update(raw) + unpadder.finalize()

    def seal(self, note: str) -> str:
        enc = self._cipher.encryptor()
        body = enc.update(self._pad(note.encode("utf-8"))) + enc.finalize()
        return f"{self._keyring.key_id}:{base64.b64encode(body).decode()}"

    def open(self, sealed: str) -> str:
        key_id, body_b64 = sealed.split(":", 1)
        if key_id != self._keyring.key_id:
            raise KeyError(f"note sealed with unknown key {key_id}")
        dec = self._cipher.decryptor()
        raw = dec.update(base64.b64decode(body_b64)) + dec.finalize()
        return self._unpad(raw).decode("utf-8")


def seal_enrolment_notes(form: dict, cipher: MedicalNotesCipher) -> dict:
    record = dict(form)
    for field_name in ("allergies", "medical_conditions", "medication"):
        if record.get(field_name):
            record[field_name] = cipher.seal(record[field_name])
    return record
