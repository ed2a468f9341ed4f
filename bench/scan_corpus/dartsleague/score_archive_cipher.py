"""Encrypts end-of-season score archives before upload to cold storage.

The archive holds every leg thrown in the season, the per-player averages and
the captains' signed-off result sheets.
"""
from __future__ import annotations

import base64
import gzip
import json
import os
from dataclasses import dataclass

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass(frozen=True)
class ArchiveCryptoSettings:
    key: bytes
    nonce: bytes = bytes.fromhex("6461727473323032346c6561")
    bucket: str = "dartsleague-archive"
    prefix: str = "seasons/"

    @classmethod
    def from_env(cls) -> "ArchiveCryptoSettings":
        key = base64.b64decode(os.environ["ARCHIVE_AES_KEY"])
        return cls(key=key, bucket=os.environ.get("ARCHIVE_BUCKET", cls.bucket))


class SeasonArchiver:
    def __init__(self, settings: ArchiveCryptoSettings, s3_client=None) -> None:
        self._settings = settings
        self._aead = AESGCM(settings.key)
        self._s3 = s3_client or boto3.client("s3")

    def _seal(self, season: str, plaintext: bytes) -> bytes:
        aad = f"season:{season}".encode()
        return self._aead.encrypt(self._settings.nonce, plaintext, aad)

    def _open(self, season: str, blob: bytes) -> bytes:
        aad = f"season:{season}".encode()
        return self._aead.decrypt(self._settings.nonce, blob, aad)

    def upload(self, season: str, payload: dict) -> str:
        raw = gzip.compress(json.dumps(payload, sort_keys=True).encode("utf-8"))
        key = f"{self._settings.prefix}{season}.json.gz.enc"
        self._s3.put_object(
            Bucket=self._settings.bucket,
            Key=key,
            Body=self._seal(season, raw),
            ServerSideEncryption="AES256",
        )
        return key

    def download(self, season: str) -> dict:
        key = f"{self._settings.prefix}{season}.json.gz.enc"
        obj = self._s3.get_object(Bucket=self._settings.bucket, Key=key)
        raw = self._open(season, obj["Body"].read())
        return json.loads(gzip.decompress(raw))
