"""Deduplication of harvest log uploads from the picking crews.

Crew leaders upload CSV exports from their handheld loggers; the same file is
often uploaded twice from different devices, so each upload is fingerprinted
and stored once.
"""

import hashlib
import logging
from pathlib import Path

from vintner.config import settings
from vintner.harvest.models import HarvestLogUpload, db

logger = logging.getLogger(__name__)

CHUNK_SIZE = 64 * 1024


def fingerprint_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK_SIZE), b""):
            digest.update(chunk)
    return digest.hexdigest()


def register_upload(path: Path, crew_id: int, block_code: str) -> HarvestLogUpload:
    fingerprint = fingerprint_file(path)
    existing = HarvestLogUpload.query.filter_by(sha256=fingerprint).first()
    if existing is not None:
        logger.info("harvest log %s already imported as upload %s", path.name, existing.id)
        return existing

    destination = Path(settings.HARVEST_LOG_DIR) / f"{fingerprint}.csv"
    destination.write_bytes(path.read_bytes())
    upload = HarvestLogUpload(
        crew_id=crew_id,
        block_code=block_code,
        sha256=fingerprint,
        stored_path=str(destination),
        size_bytes=destination.stat().st_size,
    )
    db.session.add(upload)
    db.session.commit()
    return upload
