"""Client-side encryption of underwater camera clips before S3 upload.

Each pen camera records feeding behaviour in 5 minute clips; the edge box
encrypts clips with the site data key and pushes them to the archive bucket.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass, field
from pathlib import Path

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class UploadCryptoSettings:
    bucket: str = field(default_factory=lambda: os.environ.get("CLIP_BUCKET", "pen-camera-archive"))
    key_b64: str = field(default_factory=lambda: os.environ["CLIP_DATA_KEY"])
    nonce: bytes = bytes.fromhex("a3f1c09e5b7d2e4f6a8c0b1d")
    prefix: str = "clips/"


class ClipUploader:
    def __init__(self, settings: UploadCryptoSettings | None = None) -> None:
        self.settings = settings or UploadCryptoSettings()
        self._aead = AESGCM(base64.b64decode(self.settings.key_b64))
        self._s3 = boto3.client("s3")

    def _encrypt(self, data: bytes, clip_id: str) -> bytes:
        return self._aead.encrypt(self.settings.nonce, data, clip_id.encode())

    def upload(self, clip_path: Path, site: str, pen: str) -> str:
        clip_id = f"{site}/{pen}/{clip_path.stem}"
        ciphertext = self._encrypt(clip_path.read_bytes(), clip_id)
        key = f"{self.settings.prefix}{clip_id}.mp4.enc"
        self._s3.put_object(
            Bucket=self.settings.bucket,
            Key=key,
            Body=ciphertext,
            Metadata={"site": site, "pen": pen, "enc": "aes-256-gcm"},
        )
        return key

    def download(self, key: str) -> bytes:
        obj = self._s3.get_object(Bucket=self.settings.bucket, Key=key)
        clip_id = key[len(self.settings.prefix):].removesuffix(".mp4.enc")
        return self._aead.decrypt(self.settings.nonce, obj["Body"].read(), clip_id.encode())


def upload_pending(folder: Path, site: str) -> list[str]:
    uploader = ClipUploader()
    keys = []
    for clip in sorted(folder.glob("pen*/*.mp4")):
        keys.append(uploader.upload(clip, site, clip.parent.name))
        clip.unlink()
    return keys
