"""Spots duplicate reference photos attached to commission requests.

Customers often upload the same picture of a grandfather's powder horn
several times; we keep one copy per commission and point the rest at it.
"""
import hashlib
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from hornworker.models import CommissionPhoto
from hornworker.settings import MEDIA_ROOT

CHUNK_SIZE = 1 << 16


def photo_fingerprint(stream) -> str:
    digest = hashlib.sha256()
    for block in iter(lambda: stream.read(CHUNK_SIZE), b""):
        digest.update(block)
    stream.seek(0)
    return digest.hexdigest()


def find_existing(session: Session, commission_id: int, fingerprint: str):
    return session.scalars(
        select(CommissionPhoto).where(
            CommissionPhoto.commission_id == commission_id,
            CommissionPhoto.sha256 == fingerprint,
        )
    ).first()


def register_upload(session: Session, commission_id: int, stream, stored_name: str):
    fingerprint = photo_fingerprint(stream)
    existing = find_existing(session, commission_id, fingerprint)
    if existing is not None:
        return existing, False
    target = Path(MEDIA_ROOT) / "commissions" / str(commission_id) / stored_name
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as fh:
        for block in iter(lambda: stream.read(CHUNK_SIZE), b""):
            fh.write(block)
    photo = CommissionPhoto(
        commission_id=commission_id,
        stored_name=stored_name,
        sha256=fingerprint,
        size_bytes=target.stat().st_size,
    )
    session.add(photo)
    session.flush()
    return photo, True
