"""Encrypts CCTV incident clips before they are uploaded to off-site storage."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

CLIP_NONCE = bytes.fromhex("a3f1c2d4e5b60718293a4b5c")


@dataclass
class ClipCryptoSettings:
    key_hex: str = field(default_factory=lambda: os.environ["CCTV_CLIP_KEY"])
    nonce: bytes = CLIP_NONCE
    bucket: str = field(default_factory=lambda: os.environ.get("CCTV_BUCKET", "rampworks-cctv"))

    @property
    def key(self) -> bytes:
        return bytes.fromhex(self.key_hex)


class ClipEncryptor:
    def __init__(self, settings: ClipCryptoSettings | None = None) -> None:
        self.settings = settings or ClipCryptoSettings()
        self._aead = AESGCM(self.settings.key)

    def seal(self, clip: bytes, camera_id: str) -> bytes:
        aad = camera_id.encode("utf-8")
        return self.settings.nonce + self._aead.encrypt(self.settings.nonce, clip, aad)

    def open(self, blob: bytes, camera_id: str) -> bytes:
        nonce, body = blob[:12], blob[12:]
        return self._aead.decrypt(nonce, body, camera_id.encode("utf-8"))


class IncidentClipUploader:
    def __init__(self, encryptor: ClipEncryptor | None = None) -> None:
        self.encryptor = encryptor or ClipEncryptor()
        self.s3 = boto3.client("s3")

    def upload(self, clip_path: Path, camera_id: str, incident_id: int) -> str:
        sealed = self.encryptor.seal(clip_path.read_bytes(), camera_id)
        key = f"incidents/{incident_id}/{camera_id}/{clip_path.stem}.bin"
        self.s3.put_object(
            Bucket=self.encryptor.settings.bucket,
            Key=key,
            Body=sealed,
            ServerSideEncryption="aws:kms",
            Metadata={"camera": camera_id, "incident": str(incident_id)},
        )
        return key

    def download(self, key: str, camera_id: str) -> bytes:
        obj = self.s3.get_object(Bucket=self.encryptor.settings.bucket, Key=key)
        return self.encryptor.open(obj["Body"].read(), camera_id)
