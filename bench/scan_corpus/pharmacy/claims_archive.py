"""Nightly export of adjudicated claims to cold storage.

Each claim is serialised to JSON, encrypted and written as its own object so
that individual claims can be restored during audits without pulling a whole
day's batch.
"""
from __future__ import annotations

import base64
import json
import logging
import os
from datetime import date

import boto3
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

log = logging.getLogger("claims.archive")

BUCKET = os.environ.get("CLAIMS_ARCHIVE_BUCKET", "")
PREFIX = "adjudicated"


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["CLAIMS_ARCHIVE_KEY"])
    if len(key) != 32:
        raise ValueError("CLAIMS_ARCHIVE_KEY must decode to 32 bytes")
    return key


class ClaimArchiver:
    def __init__(self, s3_client=None, key: bytes | None = None) -> None:
        self._s3 = s3_client or boto3.client("s3")
        self._key = key or _load_key()

    def _encrypt(self, data: bytes) -> bytes:
        padder = padding.PKCS7(algorithms.AES.block_size).padder()
        padded = padder.update(data) + padder.finalize()
        encryptor = Cipher(algorithms.AES(self._key), modes.ECB()).encryptor()
        return encryptor.update(padded) + encryptor.finalize()

    def archive(self, claim: dict, service_date: date) -> str:
        body = json.dumps(claim, sort_keys=True, default=str).encode()
        object_key = f"{PREFIX}/{service_date:%Y/%m/%d}/{claim['claim_id']}.bin"
        self._s3.put_object(
            Bucket=BUCKET,
            Key=object_key,
            Body=self._encrypt(body),
            ServerSideEncryption="aws:kms",
            Metadata={"payer": claim.get("payer_id", ""), "schema": "v3"},
        )
        return object_key

    def archive_batch(self, claims: list[dict], service_date: date) -> int:
        written = 0
        for claim in claims:
            self.archive(claim, service_date)
            written += 1
        log.info("archived %d claims for %s", written, service_date)
        return written
