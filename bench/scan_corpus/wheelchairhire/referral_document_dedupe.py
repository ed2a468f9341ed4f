"""Detect duplicate NHS referral documents uploaded by wheelchair services."""
from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from wheelchairhire.models import ReferralDocument

log = logging.getLogger(__name__)

CHUNK_SIZE = 1024 * 1024


def document_fingerprint(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK_SIZE), b""):
            digest.update(block)
    return digest.hexdigest()


def find_existing(db: Session, fingerprint: str) -> ReferralDocument | None:
    stmt = select(ReferralDocument).where(ReferralDocument.sha256 == fingerprint)
    return db.scalars(stmt).first()


def register_upload(db: Session, referral_id: int, stored: Path) -> ReferralDocument:
    """Record an uploaded referral letter, collapsing exact re-uploads."""
    fingerprint = document_fingerprint(stored)
    existing = find_existing(db, fingerprint)
    if existing is not None:
        log.info(
            "Referral %s upload duplicates document %s; discarding copy",
            referral_id,
            existing.id,
        )
        stored.unlink(missing_ok=True)
        return existing
    doc = ReferralDocument(
        referral_id=referral_id,
        stored_name=stored.name,
        sha256=fingerprint,
        size_bytes=stored.stat().st_size,
    )
    db.add(doc)
    db.commit()
    log.info("Referral %s document %s stored (%s)", referral_id, doc.id, fingerprint[:12])
    return doc
