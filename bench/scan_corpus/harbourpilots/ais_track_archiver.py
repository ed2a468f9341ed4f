"""Archives raw AIS tracks of piloted transits for incident investigation.

Tracks are encrypted with AES-256-GCM before being written to object
storage; each blob carries its own random nonce.
"""
from __future__ import annotations

import gzip
import json
import os
from dataclasses import dataclass

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


@dataclass(frozen=True)
class ArchiveSettings:
    bucket: str
    key_hex: str
    prefix: str = "ais-tracks/"

    @classmethod
    def from_env(cls) -> "ArchiveSettings":
        return cls(bucket=os.environ["TRACK_BUCKET"], key_hex=os.environ["TRACK_KEY_HEX"])


class TrackArchiver:
    def __init__(self, settings: ArchiveSettings, s3=None) -> None:
        self._settings = settings
        self._aead = AESGCM(bytes.fromhex(settings.key_hex))
        self._s3 = s3 or boto3.client("s3")

    def _seal(self, plaintext: bytes, aad: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return nonce + self._aead.encrypt(nonce, plaintext, aad)

    def _open(self, blob: bytes, aad: bytes) -> bytes:
        nonce, ciphertext = blob[:NONCE_BYTES], blob[NONCE_BYTES:]
        return self._aead.decrypt(nonce, ciphertext, aad)

    def archive(self, job_id: str, mmsi: int, points: list[dict]) -> str:
        key = f"{self._settings.prefix}{job_id}/{mmsi}.json.gz.enc"
        body = gzip.compress(json.dumps(points, separators=(",", ":")).encode())
        self._s3.put_object(
            Bucket=self._settings.bucket, Key=key, Body=self._seal(body, key.encode())
        )
        return key

    def restore(self, job_id: str, mmsi: int) -> list[dict]:
        key = f"{self._settings.prefix}{job_id}/{mmsi}.json.gz.enc"
        blob = self._s3.get_object(Bucket=self._settings.bucket, Key=key)["Body"].read()
        return json.loads(gzip.decompress(self._open(blob, key.encode())))
