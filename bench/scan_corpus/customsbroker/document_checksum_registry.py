"""Records checksums of shipper documents so duplicates and later edits are detected."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import BinaryIO, Iterable

import boto3

CHUNK_SIZE = 1024 * 1024


def _file_digest(stream: BinaryIO) -> str:
    digest = hashlib.sha256()
    for chunk in iter(lambda: stream.read(CHUNK_SIZE), b""):
        digest.update(chunk)
    return digest.hexdigest()


@dataclass
class DocumentFingerprint:
    entry_number: str
    name: str
    sha256: str
    size: int
    recorded_at: str


class ChecksumRegistry:
    def __init__(self, table_name: str = "entry-document-checksums") -> None:
        self.table = boto3.resource("dynamodb").Table(table_name)

    def fingerprint(self, entry_number: str, path: Path) -> DocumentFingerprint:
        with path.open("rb") as fh:
            checksum = _file_digest(fh)
        return DocumentFingerprint(
            entry_number=entry_number,
            name=path.name,
            sha256=checksum,
            size=path.stat().st_size,
            recorded_at=datetime.now(timezone.utc).isoformat(),
        )

    def record(self, fp: DocumentFingerprint) -> bool:
        existing = self.table.get_item(Key={"entry_number": fp.entry_number, "sha256": fp.sha256})
        if "Item" in existing:
            return False
        self.table.put_item(Item=fp.__dict__)
        return True

    def record_all(self, entry_number: str, paths: Iterable[Path]) -> list[str]:
        duplicates = []
        for path in paths:
            if not self.record(self.fingerprint(entry_number, path)):
                duplicates.append(path.name)
        return duplicates
