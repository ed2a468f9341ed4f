"""Detect duplicate photo uploads from room tablets.

Tablets retry uploads on flaky Wi-Fi, so the same photo often arrives two or
three times. We fingerprint the file contents and skip anything already in
the child's gallery.
"""
import hashlib
from pathlib import Path
from typing import Iterable

CHUNK = 1024 * 1024


def content_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def partition_new(paths: Iterable[Path], known_digests: set[str]) -> tuple[list[tuple[Path, str]], list[Path]]:
    fresh: list[tuple[Path, str]] = []
    duplicates: list[Path] = []
    seen = set(known_digests)
    for path in paths:
        digest = content_digest(path)
        if digest in seen:
            duplicates.append(path)
        else:
            seen.add(digest)
            fresh.append((path, digest))
    return fresh, duplicates


def gallery_digests(conn, child_id: int) -> set[str]:
    cur = conn.execute("SELECT sha256 FROM gallery_photos WHERE child_id = ?", (child_id,))
    return {row[0] for row in cur.fetchall()}
