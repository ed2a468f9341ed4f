"""Fingerprinting of inbound vessel manifests.

Shipping lines resend the same cargo manifest several times before a
vessel arrives. A content digest lets the import pipeline skip files it
has already loaded and lets auditors confirm which revision was used.
"""
import hashlib
import logging
from pathlib import Path

from terminal_ops.config import settings
from terminal_ops.db import get_connection

log = logging.getLogger(__name__)

CHUNK = 1 << 16


def manifest_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def already_loaded(conn, voyage_no: str, digest: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM manifest_loads WHERE voyage_no = %s AND content_sha256 = %s",
        (voyage_no, digest),
    ).fetchone()
    return row is not None


def register_manifest(path: Path, voyage_no: str) -> str | None:
    digest = manifest_digest(path)
    with get_connection() as conn:
        if already_loaded(conn, voyage_no, digest):
            log.info("manifest %s for voyage %s unchanged, skipping", path.name, voyage_no)
            return None
        conn.execute(
            "INSERT INTO manifest_loads (voyage_no, file_name, content_sha256) VALUES (%s, %s, %s)",
            (voyage_no, path.name, digest),
        )
    return digest


def scan_inbox() -> list[str]:
    loaded = []
    for path in sorted(Path(settings.MANIFEST_INBOX).glob("*.edi")):
        voyage_no = path.stem.split("_")[0]
        if register_manifest(path, voyage_no):
            loaded.append(path.name)
    return loaded
