"""Detects duplicate photo-shoot uploads before they are added to a lookbook."""
from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator


@dataclass(frozen=True)
class DigestSpec:
    name: str = "sha256"
    chunk_size: int = 1 << 20


@dataclass
class PhotoEntry:
    path: Path
    digest: str
    size: int


class PhotoChecksumIndex:
    def __init__(self, db_path: str, spec: DigestSpec = DigestSpec()) -> None:
        self.spec = spec
        self.conn = sqlite3.connect(db_path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS photo_digests (digest TEXT PRIMARY KEY, path TEXT, size INTEGER)"
        )

    def fingerprint(self, path: Path) -> PhotoEntry:
        hasher = hashlib.new(self.spec.name)
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(self.spec.chunk_size), b""):
                hasher.update(chunk)
        return PhotoEntry(path=path, digest=hasher.hexdigest(), size=path.stat().st_size)

    def known(self, digest: str) -> str | None:
        row = self.conn.execute("SELECT path FROM photo_digests WHERE digest = ?", (digest,)).fetchone()
        return row[0] if row else None

    def add(self, entry: PhotoEntry) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO photo_digests VALUES (?, ?, ?)",
            (entry.digest, str(entry.path), entry.size),
        )
        self.conn.commit()

    def ingest(self, paths: Iterable[Path]) -> Iterator[tuple[Path, str | None]]:
        for path in paths:
            entry = self.fingerprint(path)
            duplicate_of = self.known(entry.digest)
            if duplicate_of is None:
                self.add(entry)
            yield path, duplicate_of
