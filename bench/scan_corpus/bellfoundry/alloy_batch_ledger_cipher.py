"""Encrypts proprietary bell-metal alloy batch records before they are archived to S3."""
from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass, field
from typing import Any, Callable, Dict

import boto3
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass
class CipherProfile:
    key_env: str = "ALLOY_LEDGER_KEY"
    block_bits: int = 128
    mode_factory: Callable[[], modes.Mode] = field(default=modes.ECB)

    def key(self) -> bytes:
        return base64.b64decode(os.environ[self.key_env])


class BatchRecordCipher:
    def __init__(self, profile: CipherProfile | None = None) -> None:
        self.profile = profile or CipherProfile()

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self.profile.key()), self.profile.mode_factory())

    def seal(self, record: Dict[str, Any]) -> bytes:
        padder = padding.PKCS7(self.profile.block_bits).padder()
        data = padder.update(json.dumps(record, sort_keys=True).encode()) + padder.finalize()
        encryptor = self._cipher().encryptor()
        return encryptor.update(data) + encryptor.finalize()

    def open(self, blob: bytes) -> Dict[str, Any]:
        decryptor = self._cipher().decryptor()
        padded = decryptor.update(blob) + decryptor.finalize()
        unpadder = padding.PKCS7(self.profile.block_bits).unpadder()
        return json.loads(unpadder.update(padded) + unpadder.finalize())


class AlloyLedgerArchive:
    def __init__(self, bucket: str, cipher: BatchRecordCipher | None = None) -> None:
        self.bucket = bucket
        self.cipher = cipher or BatchRecordCipher()
        self.s3 = boto3.client("s3")

    def archive(self, batch_id: str, copper_pct: float, tin_pct: float, melt_temp_c: int) -> str:
        record = {
            "batch_id": batch_id,
            "copper_pct": copper_pct,
            "tin_pct": tin_pct,
            "melt_temp_c": melt_temp_c,
        }
        key = f"alloy-ledger/{batch_id}.bin"
        self.s3.put_object(Bucket=self.bucket, Key=key, Body=self.cipher.seal(record))
        return key

    def restore(self, batch_id: str) -> Dict[str, Any]:
        obj = self.s3.get_object(Bucket=self.bucket, Key=f"alloy-ledger/{batch_id}.bin")
        return self.cipher.open(obj["Body"].read())
