"""Cloud save upload/download for the player save service.

Saves are zlib-compressed, encrypted with AES-GCM under the per-environment save
key, and stored in S3 under ``saves/<player_id>/<slot>.bin``.
"""
from __future__ import annotations

import base64
import logging
import os
import zlib
from dataclasses import dataclass

import boto3
from botocore.exceptions import ClientError
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

log = logging.getLogger(__name__)

MAX_SAVE_BYTES = 8 * 1024 * 1024
SAVE_FORMAT_VERSION = b"\x02"


@dataclass(frozen=True)
class SaveConfig:
    bucket: str
    key_b64: str
    region: str = "eu-west-1"

    @classmethod
    def from_env(cls) -> "SaveConfig":
        return cls(
            bucket=os.environ["SAVE_BUCKET"],
            key_b64=os.environ["SAVE_ENCRYPTION_KEY"],
            region=os.environ.get("AWS_REGION", "eu-west-1"),
        )


class SaveTooLarge(Exception):
    pass


class CloudSaveStore:
    def __init__(self, config: SaveConfig, s3=None):
        self._config = config
        self._aead = AESGCM(base64.b64decode(config.key_b64))
        self._nonce = os.urandom(12)
        self._s3 = s3 or boto3.client("s3", region_name=config.region)

    @staticmethod
    def _object_key(player_id: int, slot: int) -> str:
        return f"saves/{player_id}/{slot}.bin"

    @staticmethod
    def _aad(player_id: int, slot: int) -> bytes:
        return f"{player_id}:{slot}".encode()

    def upload(self, player_id: int, slot: int, data: bytes) -> None:
        if len(data) > MAX_SAVE_BYTES:
            raise SaveTooLarge(f"save is {len(data)} bytes")
        compressed = zlib.compress(data, level=6)
        ciphertext = self._aead.encrypt(self._nonce, compressed, self._aad(player_id, slot))
        body = SAVE_FORMAT_VERSION + self._nonce + ciphertext
        self._s3.put_object(
            Bucket=self._config.bucket,
            Key=self._object_key(player_id, slot),
            Body=body,
            ContentType="application/octet-stream",
        )
        log.info("stored save slot %s for player %s (%d bytes)", slot, player_id, len(body))

    def download(self, player_id: int, slot: int) -> bytes | None:
        try:
            obj = self._s3.get_object(
                Bucket=self._config.bucket, Key=self._object_key(player_id, slot)
            )
        except ClientError as exc:
            if exc.response["Error"]["Code"] == "NoSuchKey":
                return None
            raise
        body = obj["Body"].read()
        if body[:1] != SAVE_FORMAT_VERSION:
            raise ValueError("unknown save format")
        nonce, ciphertext = body[1:13], body[13:]
        compressed = self._aead.decrypt(nonce, ciphertext, self._aad(player_id, slot))
        return zlib.decompress(compressed)
