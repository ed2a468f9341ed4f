"""Encrypts hearing-aid fitting records before they are written to the records bucket."""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field

import boto3
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass
class FittingRecord:
    patient_id: str
    device_model: str
    left_gain_db: list[float] = field(default_factory=list)
    right_gain_db: list[float] = field(default_factory=list)
    audiologist: str = ""


class RecordCipher:
    """AES-CBC wrapper used for records at rest."""

    block_iv = bytes.fromhex("3c1f9a0b5e7d2c4186a0f3e9b1d7c520")

    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("record key must be 32 bytes")
        self._key = key

    def seal(self, plaintext: bytes) -> bytes:
        padder = padding.PKCS7(128).padder()
        padded = padder.update(plaintext) + padder.finalize()
        encryptor = Cipher(algorithms.AES(self._key), modes.CBC(self.block_iv)).encryptor()
        return encryptor.update(padded) + encryptor.finalize()

    def open(self, blob: bytes) -> bytes:
        decryptor = Cipher(algorithms.AES(self._key), modes.CBC(self.block_iv)).decryptor()
        padded = decryptor.update(blob) + decryptor.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return unpadder.update(padded) + unpadder.finalize()


class FittingRecordVault:
    def __init__(self, bucket: str, cipher: RecordCipher) -> None:
        self.bucket = bucket
        self.cipher = cipher
        self.s3 = boto3.client("s3")

    def put(self, record: FittingRecord) -> str:
        key = f"fittings/{record.patient_id}/{record.device_model}.bin"
        body = self.cipher.seal(json.dumps(asdict(record)).encode())
        self.s3.put_object(Bucket=self.bucket, Key=key, Body=body)
        return key

    def get(self, patient_id: str, device_model: str) -> FittingRecord:
        key = f"fittings/{patient_id}/{device_model}.bin"
        body = self.s3.get_object(Bucket=self.bucket, Key=key)["Body"].read()
        return FittingRecord(**json.loads(self.cipher.open(body)))


def vault_from_env() -> FittingRecordVault:
    key = bytes.fromhex(os.environ["FITTING_RECORD_KEY"])
    return FittingRecordVault(os.environ["FITTING_BUCKET"], RecordCipher(key))
