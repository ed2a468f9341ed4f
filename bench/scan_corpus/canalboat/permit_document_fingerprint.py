"""Fingerprints for uploaded mooring permit documents.

Marinas email us scanned permits and the same PDF is often forwarded twice
by different office staff, so each upload is keyed by a content digest
before it is stored and attached to the boat's permit record.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy.orm import Session

from canalboat.models import MooringPermit, PermitDocument
from canalboat.settings import settings

CHUNK_SIZE = 1024 * 1024


def content_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK_SIZE), b""):
            digest.update(chunk)
    return digest.hexdigest()


def find_existing(session: Session, digest: str) -> PermitDocument | None:
    return session.query(PermitDocument).filter_by(sha256=digest).one_or_none()


def attach_document(session: Session, permit: MooringPermit, upload: Path) -> PermitDocument:
    digest = content_digest(upload)
    existing = find_existing(session, digest)
    if existing is not None:
        if existing.permit_id != permit.id:
            existing.permit_id = permit.id
        return existing

    stored_name = f"{digest[:2]}/{digest}.pdf"
    target = settings.PERMIT_STORE / stored_name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(upload.read_bytes())

    doc = PermitDocument(
        permit_id=permit.id,
        sha256=digest,
        stored_name=stored_name,
        size=upload.stat().st_size,
    )
    session.add(doc)
    return doc
