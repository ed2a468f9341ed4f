"""Integrity checksums for cargo manifest files exchanged with terminals."""
import hashlib
from pathlib import Path

from bargeman.db import get_connection
from bargeman.settings import settings

CHUNK_SIZE = 64 * 1024


def manifest_digest(path: Path) -> str:
    hasher = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK_SIZE), b""):
            hasher.update(block)
    return hasher.hexdigest()


def record_manifest(booking_ref: str, filename: str) -> str:
    path = Path(settings.MANIFEST_OUTBOX) / f"{booking_ref}.xml"
    digest = manifest_digest(path)
    with get_connection() as conn:
        conn.execute(
            "INSERT INTO manifest_files (booking_ref, filename, sha256, size_bytes) "
            "VALUES (%s, %s, %s, %s)",
            (booking_ref, filename, digest, path.stat().st_size),
        )
    return digest


def find_changed_manifests() -> list[str]:
    changed = []
    with get_connection() as conn:
        rows = conn.execute("SELECT booking_ref, sha256 FROM manifest_files").fetchall()
    for booking_ref, stored in rows:
        path = Path(settings.MANIFEST_OUTBOX) / f"{booking_ref}.xml"
        if path.exists() and manifest_digest(path) != stored:
            changed.append(booking_ref)
    return changed
