"""Checksums for ear-tag order files imported from the tag manufacturer.

The manufacturer emails a CSV of the EIDs printed for each order. Files are
fingerprinted so the same order is never imported twice, and so the office
can confirm the copy on disk matches the one the manufacturer lists.
"""
from __future__ import annotations

import csv
import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

CHUNK = 1 << 16


@dataclass
class TagOrderFile:
    path: Path
    sha256: str
    tag_count: int


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def count_tags(path: Path) -> int:
    with path.open(newline="") as fh:
        return sum(1 for row in csv.DictReader(fh) if row.get("EID"))


class TagOrderImporter:
    def __init__(self, db_path: str):
        self._db = sqlite3.connect(db_path)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS tag_order_files ("
            " sha256 TEXT PRIMARY KEY, filename TEXT NOT NULL, tag_count INTEGER NOT NULL)"
        )

    def already_imported(self, digest: str) -> bool:
        return (
            self._db.execute(
                "SELECT 1 FROM tag_order_files WHERE sha256 = ?", (digest,)
            ).fetchone()
            is not None
        )

    def import_file(self, path: Path) -> TagOrderFile | None:
        digest = file_digest(path)
        if self.already_imported(digest):
            return None
        record = TagOrderFile(path=path, sha256=digest, tag_count=count_tags(path))
        with path.open(newline="") as fh:
            rows = [
                (r["EID"].strip(), r.get("Visual", "").strip(), r.get("PIC", "").strip())
                for r in csv.DictReader(fh)
                if r.get("EID")
            ]
        with self._db:
            self._db.executemany(
                "INSERT OR IGNORE INTO ear_tags (eid, visual_no, pic) VALUES (?, ?, ?)", rows
            )
            self._db.execute(
                "INSERT INTO tag_order_files (sha256, filename, tag_count) VALUES (?, ?, ?)",
                (record.sha256, path.name, record.tag_count),
            )
        return record
