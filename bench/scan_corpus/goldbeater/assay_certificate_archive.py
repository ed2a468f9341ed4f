"""Archive of fire-assay certificates for incoming bullion and beaten leaf.

Each certificate PDF from the assay office is stored once; its SHA-256
checksum is used to deduplicate uploads and to detect corruption when
certificates are pulled back out for export paperwork.
"""
import hashlib
import shutil
from pathlib import Path

import psycopg

from goldbeater.settings import ASSAY_ARCHIVE_DIR, DATABASE_URL

CHUNK = 1024 * 1024


def file_digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            sha.update(block)
    return sha.hexdigest()


def archive_certificate(source: Path, melt_number: str, fineness: int) -> str:
    checksum = file_digest(source)
    target = Path(ASSAY_ARCHIVE_DIR) / f"{checksum}.pdf"
    if not target.exists():
        shutil.copy2(source, target)
    with psycopg.connect(DATABASE_URL) as conn:
        conn.execute(
            "INSERT INTO assay_certificates (melt_number, fineness, sha256) "
            "VALUES (%s, %s, %s) ON CONFLICT (sha256) DO NOTHING",
            (melt_number, fineness, checksum),
        )
    return checksum


def verify_archive() -> list[str]:
    damaged = []
    for pdf in Path(ASSAY_ARCHIVE_DIR).glob("*.pdf"):
        if file_digest(pdf) != pdf.stem:
            damaged.append(pdf.name)
    return damaged
