"""Encrypts commission quote PDFs before they are stored in object storage."""
from __future__ import annotations

import os
from dataclasses import dataclass

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass(frozen=True)
class EnvelopeFormat:
    version: bytes = b"\x01"
    nonce_bytes: int = 12


class QuoteSealer:
    fmt = EnvelopeFormat()

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    def _fresh_nonce(self) -> bytes:
        return os.urandom(self.fmt.nonce_bytes)

    def seal(self, quote_id: str, pdf: bytes) -> bytes:
        nonce = self._fresh_nonce()
        ciphertext = self._aead.encrypt(nonce, pdf, quote_id.encode())
        return self.fmt.version + nonce + ciphertext

    def open(self, quote_id: str, envelope: bytes) -> bytes:
        if envelope[:1] != self.fmt.version:
            raise ValueError("unknown envelope version")
        start = 1 + self.fmt.nonce_bytes
        nonce, ciphertext = envelope[1:start], envelope[start:]
        return self._aead.decrypt(nonce, ciphertext, quote_id.encode())


class QuoteArchive:
    def __init__(self, bucket: str, sealer: QuoteSealer) -> None:
        self.bucket = bucket
        self.sealer = sealer
        self.s3 = boto3.client("s3")

    def put(self, quote_id: str, pdf: bytes) -> str:
        key = f"quotes/{quote_id}.pdf.enc"
        self.s3.put_object(
            Bucket=self.bucket,
            Key=key,
            Body=self.sealer.seal(quote_id, pdf),
            ContentType="application/octet-stream",
        )
        return key

    def get(self, quote_id: str) -> bytes:
        obj = self.s3.get_object(Bucket=self.bucket, Key=f"quotes/{quote_id}.pdf.enc")
        return self.sealer.open(quote_id, obj["Body"].read())


if __name__ == "__main__":
    archive = QuoteArchive(
        os.environ["QUOTE_BUCKET"],
        QuoteSealer(bytes.fromhex(os.environ["QUOTE_DATA_KEY"])),
    )
    print(archive.put("Q-2031", open("/srv/studio/quotes/Q-2031.pdf", "rb").read()))
