"""Records and verifies checksums of signed lease PDFs kept in object storage."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from hashlib import sha256 as _sha256
from typing import Iterator

import boto3

log = logging.getLogger(__name__)

CHUNK = 1024 * 1024


@dataclass
class ChecksumMismatch:
    key: str
    expected: str
    actual: str


def _digest_stream(chunks: Iterator[bytes]) -> str:
    h = _sha256()
    for chunk in chunks:
        h.update(chunk)
    return h.hexdigest()


class LeaseArchiveVerifier:
    """Keeps a SHA-256 of each signed agreement so tampering or bit-rot is noticed."""

    def __init__(self, bucket: str, checksum_repo, prefix: str = "leases/") -> None:
        self._s3 = boto3.client("s3")
        self._bucket = bucket
        self._prefix = prefix
        self._repo = checksum_repo

    def _object_digest(self, key: str) -> str:
        obj = self._s3.get_object(Bucket=self._bucket, Key=key)
        return _digest_stream(obj["Body"].iter_chunks(CHUNK))

    def record(self, key: str) -> str:
        digest = self._object_digest(key)
        self._repo.save_checksum(key, digest)
        return digest

    def verify_all(self) -> list[ChecksumMismatch]:
        mismatches: list[ChecksumMismatch] = []
        paginator = self._s3.get_paginator("list_objects_v2")
        for page in paginator.paginate(Bucket=self._bucket, Prefix=self._prefix):
            for item in page.get("Contents", []):
                key = item["Key"]
                expected = self._repo.checksum_for(key)
                if expected is None:
                    self.record(key)
                    continue
                actual = self._object_digest(key)
                if actual != expected:
                    mismatches.append(ChecksumMismatch(key, expected, actual))
        if mismatches:
            log.error("%d lease documents failed checksum verification", len(mismatches))
        return mismatches
