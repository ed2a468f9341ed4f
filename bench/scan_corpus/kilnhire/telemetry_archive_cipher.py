"""Encrypts kiln telemetry batches before they are archived to object storage.

Each kiln's readings are batched hourly, serialised to JSON and sealed with
AES-GCM under the archive key held in the secrets manager.
"""
from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class TelemetryBatch:
    kiln_id: str
    hour: str
    readings: list[dict]


class KilnArchiveCipher:
    def __init__(self, key: bytes, kiln_id: str):
        if len(key) not in (16, 24, 32):
            raise ValueError("archive key must be 128, 192 or 256 bits")
        self._aead = AESGCM(key)
        self.kiln_id = kiln_id
        self._nonce = hashlib.sha256(kiln_id.encode("utf-8")).digest()[:12]

    def seal(self, batch: TelemetryBatch) -> bytes:
        plaintext = json.dumps(batch.readings, separators=(",", ":")).encode("utf-8")
        aad = f"{batch.kiln_id}|{batch.hour}".encode("utf-8")
        return self._aead.encrypt(self._nonce, plaintext, aad)

    def open(self, blob: bytes, hour: str) -> list[dict]:
        aad = f"{self.kiln_id}|{hour}".encode("utf-8")
        return json.loads(self._aead.decrypt(self._nonce, blob, aad))


def _archive_key() -> bytes:
    client = boto3.client("secretsmanager")
    secret = client.get_secret_value(SecretId="kilnhire/telemetry-archive-key")
    return base64.b64decode(secret["SecretString"])


def archive_batch(batch: TelemetryBatch, bucket: str) -> str:
    cipher = KilnArchiveCipher(_archive_key(), batch.kiln_id)
    key = f"telemetry/{batch.kiln_id}/{batch.hour}.bin"
    boto3.client("s3").put_object(
        Bucket=bucket,
        Key=key,
        Body=cipher.seal(batch),
        ServerSideEncryption="aws:kms",
    )
    return key
