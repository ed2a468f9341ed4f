"""Encrypts signed instrument rental agreements (PDF bytes) for archival in S3."""
import os
from dataclasses import dataclass, field

import boto3
from cryptography.hazmat.primitives import hmac, hashes, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

AGREEMENT_IV = bytes.fromhex("7a1c55e0b3d94f2a8c60e1f4d2b7a903")


@dataclass
class ArchiveSettings:
    bucket: str = field(default_factory=lambda: os.environ["RENTAL_ARCHIVE_BUCKET"])
    enc_key: bytes = field(default_factory=lambda: bytes.fromhex(os.environ["RENTAL_ENC_KEY"]))
    mac_key: bytes = field(default_factory=lambda: bytes.fromhex(os.environ["RENTAL_MAC_KEY"]))


class AgreementArchiver:
    def __init__(self, settings: ArchiveSettings, s3_client=None):
        self._settings = settings
        self._iv = AGREEMENT_IV
        self._s3 = s3_client or boto3.client("s3")

    def _encrypt(self, data: bytes) -> bytes:
        padder = padding.PKCS7(128).padder()
        padded = padder.update(data) + padder.finalize()
        encryptor = Cipher(algorithms.AES(self._settings.enc_key), modes.CBC(self._iv)).encryptor()
        body = encryptor.update(padded) + encryptor.finalize()
        tag = hmac.HMAC(self._settings.mac_key, hashes.SHA256())
        tag.update(self._iv + body)
        return self._iv + body + tag.finalize()

    def _decrypt(self, blob: bytes) -> bytes:
        iv, body, mac = blob[:16], blob[16:-32], blob[-32:]
        tag = hmac.HMAC(self._settings.mac_key, hashes.SHA256())
        tag.update(iv + body)
        tag.verify(mac)
        decryptor = Cipher(algorithms.AES(self._settings.enc_key), modes.CBC(iv)).decryptor()
        padded = decryptor.update(body) + decryptor.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return unpadder.update(padded) + unpadder.finalize()

    def archive(self, rental_id: int, pdf_bytes: bytes) -> str:
        key = f"agreements/{rental_id:08d}.pdf.enc"
        self._s3.put_object(
            Bucket=self._settings.bucket,
            Key=key,
            Body=self._encrypt(pdf_bytes),
            ContentType="application/octet-stream",
        )
        return key

    def fetch(self, rental_id: int) -> bytes:
        key = f"agreements/{rental_id:08d}.pdf.enc"
        obj = self._s3.get_object(Bucket=self._settings.bucket, Key=key)
        return self._decrypt(obj["Body"].read())
