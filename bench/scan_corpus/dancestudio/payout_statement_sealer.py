"""Seals instructor payout statements before they are emailed or archived to S3."""
from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass
from decimal import Decimal
from typing import Dict

import boto3
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


@dataclass
class PayoutStatement:
    instructor_id: str
    period: str
    classes_taught: int
    gross: Decimal
    deductions: Decimal

    def to_json(self) -> bytes:
        data = asdict(self)
        data["gross"] = str(self.gross)
        data["deductions"] = str(self.deductions)
        return json.dumps(data, sort_keys=True).encode("utf-8")


class StatementSealer:
    nonce_bytes = 12

    def __init__(self, key: bytes) -> None:
        self._aead = ChaCha20Poly1305(key)

    @classmethod
    def from_kms(cls, encrypted_key_b64: str) -> "StatementSealer":
        kms = boto3.client("kms")
        plaintext = kms.decrypt(CiphertextBlob=base64.b64decode(encrypted_key_b64))["Plaintext"]
        return cls(plaintext)

    def seal(self, statement: PayoutStatement) -> bytes:
        nonce = os.urandom(self.nonce_bytes)
        aad = f"{statement.instructor_id}|{statement.period}".encode()
        return nonce + self._aead.encrypt(nonce, statement.to_json(), aad)

    def unseal(self, blob: bytes, instructor_id: str, period: str) -> Dict[str, str]:
        nonce, body = blob[: self.nonce_bytes], blob[self.nonce_bytes :]
        aad = f"{instructor_id}|{period}".encode()
        return json.loads(self._aead.decrypt(nonce, body, aad))


class StatementArchive:
    def __init__(self, bucket: str, sealer: StatementSealer) -> None:
        self._bucket = bucket
        self._sealer = sealer
        self._s3 = boto3.client("s3")

    def put(self, statement: PayoutStatement) -> str:
        key = f"statements/{statement.period}/{statement.instructor_id}.bin"
        self._s3.put_object(Bucket=self._bucket, Key=key, Body=self._sealer.seal(statement))
        return key

    def get(self, instructor_id: str, period: str) -> Dict[str, str]:
        key = f"statements/{period}/{instructor_id}.bin"
        blob = self._s3.get_object(Bucket=self._bucket, Key=key)["Body"].read()
        return self._sealer.unseal(blob, instructor_id, period)
