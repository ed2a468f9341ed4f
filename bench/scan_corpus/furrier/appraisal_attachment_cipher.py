"""Encryption for appraisal attachments (photos, provenance letters, receipts).

Blobs are stored in object storage as: 12-byte nonce || AES-GCM ciphertext.
The appraisal id is bound in as associated data so blobs cannot be swapped
between appraisals.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


class AttachmentCorrupted(Exception):
    pass


@dataclass
class AttachmentCipher:
    key: bytes

    @classmethod
    def from_env(cls, var: str = "APPRAISAL_ATTACHMENT_KEY") -> "AttachmentCipher":
        key = base64.urlsafe_b64decode(os.environ[var])
        if len(key) not in (16, 24, 32):
            raise ValueError(f"{var} has an invalid key length")
        return cls(key)

    def seal(self, appraisal_id: str, plaintext: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        ct = AESGCM(self.key).encrypt(nonce, plaintext, appraisal_id.encode("utf-8"))
        return nonce + ct

    def open(self, appraisal_id: str, blob: bytes) -> bytes:
        if len(blob) < NONCE_BYTES + 16:
            raise AttachmentCorrupted("blob too short")
        nonce, ct = blob[:NONCE_BYTES], blob[NONCE_BYTES:]
        try:
            return AESGCM(self.key).decrypt(nonce, ct, appraisal_id.encode("utf-8"))
        except InvalidTag as exc:
            raise AttachmentCorrupted(f"attachment for {appraisal_id} failed authentication") from exc


def upload_attachment(bucket, cipher: AttachmentCipher, appraisal_id: str,
                      name: str, data: bytes) -> str:
    key = f"appraisals/{appraisal_id}/{len(data)}-{os.urandom(6).hex()}.bin"
    bucket.put_object(
        Key=key,
        Body=cipher.seal(appraisal_id, data),
        Metadata={"original-name": name, "appraisal": appraisal_id},
    )
    return key
