"""Sealed archive of signed restoration quotes.

Accepted quotes, with the client's signature image and agreed schedule of
works, are archived for the warranty period. Each archive blob carries its
own random nonce ahead of the AES-GCM ciphertext.
"""
import base64
import os
from dataclasses import dataclass

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from pargeter.config import settings

NONCE_BYTES = 12


@dataclass(frozen=True)
class ArchiveSettings:
    bucket: str
    key_b64: str


class QuoteArchive:
    def __init__(self, cfg: ArchiveSettings):
        self.cfg = cfg
        self._aead = AESGCM(base64.b64decode(cfg.key_b64))
        self._s3 = boto3.client("s3")

    def seal(self, quote_ref: str, document: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return nonce + self._aead.encrypt(nonce, document, quote_ref.encode())

    def unseal(self, quote_ref: str, blob: bytes) -> bytes:
        nonce, ciphertext = blob[:NONCE_BYTES], blob[NONCE_BYTES:]
        return self._aead.decrypt(nonce, ciphertext, quote_ref.encode())

    def archive(self, quote_ref: str, document: bytes) -> str:
        key = f"quotes/{quote_ref}.bin"
        self._s3.put_object(Bucket=self.cfg.bucket, Key=key, Body=self.seal(quote_ref, document))
        return key

    def retrieve(self, quote_ref: str) -> bytes:
        obj = self._s3.get_object(Bucket=self.cfg.bucket, Key=f"quotes/{quote_ref}.bin")
        return self.unseal(quote_ref, obj["Body"].read())


def default_archive() -> QuoteArchive:
    return QuoteArchive(ArchiveSettings(bucket=settings.QUOTE_ARCHIVE_BUCKET, key_b64=settings.QUOTE_ARCHIVE_KEY_B64))
