"""Deduplicate incoming 3D foot scans by content checksum before last carving."""

import hashlib
import logging
import shutil
from pathlib import Path

from clogmaker.config import settings
from clogmaker.models import FootScan, db

logger = logging.getLogger(__name__)

CHUNK_SIZE = 1 << 20


def scan_digest(path: Path, chunk_size: int = CHUNK_SIZE) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(chunk_size), b""):
            digest.update(block)
    return digest.hexdigest()


def _archive_target(checksum: str, suffix: str) -> Path:
    root = Path(settings.SCAN_ARCHIVE_DIR)
    return root / checksum[:2] / f"{checksum}{suffix}"


def ingest_scanner_inbox(inbox: Path = Path(settings.SCANNER_INBOX_DIR)) -> int:
    """Move new scanner exports into the archive, skipping byte-identical re-exports."""
    imported = 0
    for scan_file in sorted(inbox.glob("*.stl")):
        checksum = scan_digest(scan_file)
        if FootScan.query.filter_by(checksum=checksum).first() is not None:
            logger.info("Duplicate scan %s skipped", scan_file.name)
            scan_file.unlink()
            continue
        target = _archive_target(checksum, scan_file.suffix)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(scan_file), target)
        db.session.add(FootScan(checksum=checksum, stored_path=str(target), source_name=scan_file.name))
        imported += 1
    db.session.commit()
    return imported
