"""Deduplication of uploaded lifeguard certification documents.

Lifeguards upload scans of their first-aid and pool rescue certificates; the
HR tool fingerprints each file so re-uploads of the same scan are detected.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable

CHUNK = 1 << 16


@dataclass(frozen=True)
class CertificateFile:
    lifeguard_id: str
    kind: str
    path: Path
    fingerprint: str


def fingerprint(stream: BinaryIO, algorithm: str = "sha256") -> str:
    digest = hashlib.new(algorithm)
    for chunk in iter(lambda: stream.read(CHUNK), b""):
        digest.update(chunk)
    return digest.hexdigest()


class CertificateIndex:
    def __init__(self) -> None:
        self._by_fingerprint: dict[str, CertificateFile] = {}

    def add(self, lifeguard_id: str, kind: str, path: Path) -> tuple[CertificateFile, bool]:
        with path.open("rb") as fh:
            fp = fingerprint(fh)
        existing = self._by_fingerprint.get(fp)
        if existing is not None:
            return existing, False
        record = CertificateFile(lifeguard_id, kind, path, fp)
        self._by_fingerprint[fp] = record
        return record, True

    def bulk_add(self, items: Iterable[tuple[str, str, Path]]) -> list[CertificateFile]:
        duplicates = []
        for lifeguard_id, kind, path in items:
            record, created = self.add(lifeguard_id, kind, path)
            if not created:
                duplicates.append(record)
        return duplicates
