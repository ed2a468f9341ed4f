"""Deduplicates lyric files uploaded by catalogue editors.

Publishers often send the same .lrc file several times under different names;
the content hash is used as the storage key so each file is stored once.
"""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

import boto3

log = logging.getLogger(__name__)

CHUNK = 1024 * 1024


@dataclass
class StoredLyric:
    content_hash: str
    s3_key: str
    size: int
    duplicate: bool


def content_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


class LyricDeduplicator:
    def __init__(self, bucket: str, prefix: str = "lyrics/by-hash/") -> None:
        self._s3 = boto3.client("s3")
        self._bucket = bucket
        self._prefix = prefix

    def _exists(self, key: str) -> bool:
        try:
            self._s3.head_object(Bucket=self._bucket, Key=key)
            return True
        except self._s3.exceptions.ClientError as exc:
            if exc.response["Error"]["Code"] in ("404", "NoSuchKey"):
                return False
            raise

    def store(self, local_file: Path, song_id: int) -> StoredLyric:
        digest = content_hash(local_file)
        key = f"{self._prefix}{digest[:2]}/{digest}{local_file.suffix.lower()}"
        size = local_file.stat().st_size
        if self._exists(key):
            log.info("lyric for song %s already stored as %s", song_id, key)
            return StoredLyric(digest, key, size, duplicate=True)
        self._s3.upload_file(
            str(local_file),
            self._bucket,
            key,
            ExtraArgs={"Metadata": {"song-id": str(song_id)}, "ContentType": "text/plain"},
        )
        return StoredLyric(digest, key, size, duplicate=False)
