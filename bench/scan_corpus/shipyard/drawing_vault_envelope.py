"""Envelope encryption for files stored in the CAD drawing vault.

Each drawing revision is encrypted with AES-256-GCM under a per-file data
key; the data key itself is wrapped by the vault's KMS key. Stored layout:
``nonce (16) | tag (16) | ciphertext``.
"""
from __future__ import annotations

from dataclasses import dataclass

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

DATA_KEY_BYTES = 32


@dataclass
class SealedDrawing:
    wrapped_key: bytes
    blob: bytes


class DrawingEnvelope:
    def __init__(self, kms_client, key_id: str):
        self._kms = kms_client
        self._key_id = key_id

    @staticmethod
    def _aad(drawing_no: str, revision: str) -> bytes:
        return f"{drawing_no}@{revision}".encode("utf-8")

    def seal(self, drawing_no: str, revision: str, content: bytes) -> SealedDrawing:
        data_key = get_random_bytes(DATA_KEY_BYTES)
        cipher = _AES.new(data_key, _AES.MODE_GCM)
        cipher.update(self._aad(drawing_no, revision))
        ct, tag = cipher.encrypt_and_digest(content)
        wrapped = self._kms.encrypt(KeyId=self._key_id, Plaintext=data_key)["CiphertextBlob"]
        return SealedDrawing(wrapped_key=wrapped, blob=cipher.nonce + tag + ct)

    def open(self, drawing_no: str, revision: str, sealed: SealedDrawing) -> bytes:
        data_key = self._kms.decrypt(CiphertextBlob=sealed.wrapped_key)["Plaintext"]
        nonce, tag, ct = sealed.blob[:16], sealed.blob[16:32], sealed.blob[32:]
        cipher = _AES.new(data_key, _AES.MODE_GCM, nonce=nonce)
        cipher.update(self._aad(drawing_no, revision))
        return cipher.decrypt_and_verify(ct, tag)
