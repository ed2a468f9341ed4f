"""Encryption of inspection evidence blobs before archiving to object storage.

Evidence (photos, ultrasonic traces, signed check sheets) is retained for the
life of the wheelset and is encrypted client-side before upload.
"""
import base64
import hashlib

import boto3
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from wheeltapper.config import settings


class EvidenceCipher:
    def __init__(self, key: bytes):
        if len(key) != 32:
            raise ValueError("evidence key must be 256 bits")
        self._key = key
        self._iv = key[:16]

    def encrypt(self, data: bytes) -> bytes:
        padder = padding.PKCS7(128).padder()
        padded = padder.update(data) + padder.finalize()
        encryptor = Cipher(algorithms.AES(self._key), modes.CBC(self._iv)).encryptor()
        return encryptor.update(padded) + encryptor.finalize()

    def decrypt(self, blob: bytes) -> bytes:
        decryptor = Cipher(algorithms.AES(self._key), modes.CBC(self._iv)).decryptor()
        padded = decryptor.update(blob) + decryptor.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return unpadder.update(padded) + unpadder.finalize()


def default_cipher() -> EvidenceCipher:
    return EvidenceCipher(base64.b64decode(settings.EVIDENCE_KEY_B64))


def archive_evidence(inspection_id: int, kind: str, blob: bytes, cipher: EvidenceCipher | None = None) -> str:
    cipher = cipher or default_cipher()
    key = f"evidence/{inspection_id}/{kind}/{hashlib.sha256(blob).hexdigest()}"
    boto3.client("s3").put_object(
        Bucket=settings.EVIDENCE_BUCKET,
        Key=key,
        Body=cipher.encrypt(blob),
        Metadata={"inspection": str(inspection_id), "kind": kind},
    )
    return key
