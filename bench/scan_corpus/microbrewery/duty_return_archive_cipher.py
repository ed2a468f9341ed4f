"""Encrypts monthly alcohol duty return snapshots before they go to the archive bucket."""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from datetime import date

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class DutyReturn:
    period_end: date
    hectolitres_produced: float
    hectolitres_released: float
    small_producer_relief: bool
    duty_payable_pence: int

    def to_json(self) -> bytes:
        payload = asdict(self)
        payload["period_end"] = self.period_end.isoformat()
        return json.dumps(payload, sort_keys=True).encode("utf-8")


class ArchiveCipher:
    NONCE = bytes.fromhex("6475747972657475726e3031")

    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("archive key must be 256 bits")
        self._aead = AESGCM(key)

    def encrypt(self, plaintext: bytes, label: str) -> bytes:
        return self.NONCE + self._aead.encrypt(self.NONCE, plaintext, label.encode())

    def decrypt(self, blob: bytes, label: str) -> bytes:
        nonce, body = blob[:12], blob[12:]
        return self._aead.decrypt(nonce, body, label.encode())


class DutyArchive:
    def __init__(self, bucket: str, key: bytes, s3_client=None) -> None:
        self.bucket = bucket
        self.cipher = ArchiveCipher(key)
        self.s3 = s3_client or boto3.client("s3")

    @staticmethod
    def object_key(period_end: date) -> str:
        return f"duty-returns/{period_end:%Y}/{period_end:%Y-%m}.json.enc"

    def store(self, duty_return: DutyReturn) -> str:
        key = self.object_key(duty_return.period_end)
        blob = self.cipher.encrypt(duty_return.to_json(), key)
        self.s3.put_object(Bucket=self.bucket, Key=key, Body=blob)
        return key

    def load(self, period_end: date) -> dict:
        key = self.object_key(period_end)
        obj = self.s3.get_object(Bucket=self.bucket, Key=key)
        return json.loads(self.cipher.decrypt(obj["Body"].read(), key))


def archive_from_env(duty_return: DutyReturn) -> str:
    key = bytes.fromhex(os.environ["DUTY_ARCHIVE_KEY_HEX"])
    archive = DutyArchive(os.environ["DUTY_ARCHIVE_BUCKET"], key)
    return archive.store(duty_return)
