"""Duplicate detection for lesson recordings pushed to object storage.

Tutors sometimes upload the same recording twice from different devices.
Before a recording is pushed to the streaming bucket its content digest
is compared with the digests of recordings already stored for the lesson.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Optional

import boto3

CHUNK_SIZE = 4 * 1024 * 1024
BUCKET = "lingua-lesson-recordings"


def content_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK_SIZE), b""):
            digest.update(chunk)
    return digest.hexdigest()


class RecordingStore:
    def __init__(self, bucket: str = BUCKET, client=None) -> None:
        self.bucket = bucket
        self.s3 = client or boto3.client("s3")

    def _existing_digest(self, key: str) -> Optional[str]:
        try:
            head = self.s3.head_object(Bucket=self.bucket, Key=key)
        except self.s3.exceptions.ClientError:
            return None
        return head.get("Metadata", {}).get("content-sha256")

    def find_duplicate(self, lesson_id: int, digest: str) -> Optional[str]:
        prefix = f"lessons/{lesson_id}/"
        paginator = self.s3.get_paginator("list_objects_v2")
        for page in paginator.paginate(Bucket=self.bucket, Prefix=prefix):
            for obj in page.get("Contents", []):
                if self._existing_digest(obj["Key"]) == digest:
                    return obj["Key"]
        return None

    def push(self, lesson_id: int, recording: Path) -> str:
        digest = content_digest(recording)
        duplicate = self.find_duplicate(lesson_id, digest)
        if duplicate:
            return duplicate
        key = f"lessons/{lesson_id}/{digest[:16]}{recording.suffix.lower()}"
        self.s3.upload_file(
            str(recording),
            self.bucket,
            key,
            ExtraArgs={"Metadata": {"content-sha256": digest}, "ContentType": "video/mp4"},
        )
        return key
