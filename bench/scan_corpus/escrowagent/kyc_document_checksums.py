"""Checksums for uploaded KYC documents, used to spot duplicate uploads and tampering."""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import boto3

log = logging.getLogger(__name__)

CHUNK_SIZE = 1024 * 1024


@dataclass(frozen=True)
class DocumentFingerprint:
    key: str
    size: int
    sha256: str


def _chunks(body) -> Iterator[bytes]:
    while True:
        chunk = body.read(CHUNK_SIZE)
        if not chunk:
            return
        yield chunk


class KycChecksumIndexer:
    def __init__(self, bucket: str, prefix: str = "kyc/") -> None:
        self._s3 = boto3.client("s3")
        self._bucket = bucket
        self._prefix = prefix

    def fingerprint(self, key: str) -> DocumentFingerprint:
        obj = self._s3.get_object(Bucket=self._bucket, Key=key)
        digest = hashlib.sha256()
        size = 0
        for chunk in _chunks(obj["Body"]):
            digest.update(chunk)
            size += len(chunk)
        return DocumentFingerprint(key=key, size=size, sha256=digest.hexdigest())

    def iter_keys(self) -> Iterator[str]:
        paginator = self._s3.get_paginator("list_objects_v2")
        for page in paginator.paginate(Bucket=self._bucket, Prefix=self._prefix):
            for item in page.get("Contents", []):
                yield item["Key"]

    def find_duplicates(self) -> dict[str, list[str]]:
        by_digest: dict[str, list[str]] = {}
        for key in self.iter_keys():
            fp = self.fingerprint(key)
            by_digest.setdefault(fp.sha256, []).append(key)
        return {d: keys for d, keys in by_digest.items() if len(keys) > 1}


def verify_local_copy(path: Path, expected_sha256: str) -> bool:
    """Checks a downloaded copy against the checksum recorded at upload time."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK_SIZE), b""):
            digest.update(chunk)
    ok = digest.hexdigest() == expected_sha256.lower()
    if not ok:
        log.warning("checksum mismatch for %s", path.name)
    return ok
