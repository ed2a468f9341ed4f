"""Storage of check-in selfies on the agency's S3 bucket and local cache.

Photos arrive from the check-in app with whatever name the phone gave them;
we store them under a name we generate so listings stay predictable.
"""
from __future__ import annotations

import mimetypes
import os
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import boto3
from werkzeug.datastructures import FileStorage

EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png", "image/heic": ".heic"}


@dataclass
class StoredSelfie:
    defendant_id: int
    key: str
    local_path: Path
    content_type: str
    stored_at: datetime


class SelfieStore:
    def __init__(self, bucket: str, cache_root: Path):
        self._s3 = boto3.client("s3")
        self._bucket = bucket
        self._cache_root = cache_root

    @classmethod
    def from_env(cls) -> "SelfieStore":
        return cls(os.environ["CHECKIN_SELFIE_BUCKET"], Path(os.environ["CHECKIN_SELFIE_CACHE"]))

    def save(self, defendant_id: int, upload: FileStorage) -> StoredSelfie:
        content_type = upload.mimetype
        if content_type not in EXTENSIONS:
            raise ValueError(f"unsupported content type {content_type!r}")
        name = f"{uuid.uuid4().hex}{EXTENSIONS[content_type]}"

        folder = self._cache_root / str(int(defendant_id))
        folder.mkdir(parents=True, exist_ok=True)
        local_path = folder / name
        upload.save(local_path)

        key = f"checkins/{int(defendant_id)}/{name}"
        self._s3.upload_file(
            str(local_path), self._bucket, key,
            ExtraArgs={"ContentType": content_type, "ServerSideEncryption": "aws:kms"},
        )
        return StoredSelfie(defendant_id, key, local_path, content_type,
                            datetime.now(timezone.utc))

    def presigned_url(self, key: str, expires: int = 300) -> str:
        return self._s3.generate_presigned_url(
            "get_object", Params={"Bucket": self._bucket, "Key": key}, ExpiresIn=expires
        )

    def cached_files(self, defendant_id: int) -> list[Path]:
        folder = self._cache_root / str(int(defendant_id))
        if not folder.is_dir():
            return []
        return sorted(p for p in folder.iterdir() if mimetypes.guess_type(p.name)[0] in EXTENSIONS)
