"""Checksums for lab report files so the same PDF is not filed twice.

Labs often resend a report when a single value is amended, and the import
folder can hold several copies of an unchanged file; the checksum lets the
importer skip exact duplicates and keep a content reference in the record.
"""

from __future__ import annotations

import logging
from hashlib import sha256 as _sha256
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Connection

log = logging.getLogger(__name__)

CHUNK = 1024 * 1024


def file_checksum(path: Path) -> str:
    digest = _sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def is_duplicate(conn: Connection, checksum: str) -> bool:
    row = conn.execute(
        text("SELECT 1 FROM lab_report_files WHERE sha256 = :sha"), {"sha": checksum}
    ).first()
    return row is not None


def file_report(conn: Connection, animal_id: int, lab_code: str, path: Path,
                archive_dir: Path) -> bool:
    checksum = file_checksum(path)
    if is_duplicate(conn, checksum):
        log.info("skipping %s: identical report already filed", path.name)
        path.unlink()
        return False
    target = archive_dir / f"{checksum}.pdf"
    path.replace(target)
    conn.execute(
        text(
            "INSERT INTO lab_report_files (animal_id, lab_code, sha256, stored_path) "
            "VALUES (:animal, :lab, :sha, :path)"
        ),
        {"animal": animal_id, "lab": lab_code, "sha": checksum, "path": str(target)},
    )
    log.info("filed %s for animal %s", target.name, animal_id)
    return True
