"""Encrypt gift card ledger exports before they are uploaded to the accountant's bucket."""
import json
import os
from datetime import date

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from potter.config import settings

NONCE_SIZE = 12
ENVELOPE_VERSION = b"\x01"


class LedgerSealer:
    def __init__(self, key: bytes):
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 128, 192 or 256 bits")
        self._aead = AESGCM(key)

    def seal(self, plaintext: bytes, context: bytes) -> bytes:
        nonce = os.urandom(NONCE_SIZE)
        return ENVELOPE_VERSION + nonce + self._aead.encrypt(nonce, plaintext, context)

    def unseal(self, blob: bytes, context: bytes) -> bytes:
        if blob[:1] != ENVELOPE_VERSION:
            raise ValueError("unknown envelope version")
        nonce, body = blob[1 : 1 + NONCE_SIZE], blob[1 + NONCE_SIZE :]
        return self._aead.decrypt(nonce, body, context)


def export_ledger(entries: list[dict], period: date) -> str:
    sealer = LedgerSealer(bytes.fromhex(settings.LEDGER_EXPORT_KEY_HEX))
    context = f"gift-card-ledger:{period.isoformat()}".encode()
    blob = sealer.seal(json.dumps(entries, default=str).encode(), context)
    key = f"ledgers/gift-cards/{period:%Y-%m}.json.enc"
    boto3.client("s3").put_object(
        Bucket=settings.ACCOUNTANT_BUCKET,
        Key=key,
        Body=blob,
        ServerSideEncryption="aws:kms",
    )
    return key
