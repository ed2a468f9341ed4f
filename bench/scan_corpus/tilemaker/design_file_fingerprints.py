"""Content fingerprints for uploaded tile designs.

Designers often upload the same artwork several times while iterating on a
commission. Each file is fingerprinted so duplicates share one stored object
and the studio can see when a "revised" design is byte-identical.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import select

from tilemaker.db import Session
from tilemaker.models import DesignAsset
from tilemaker.settings import DESIGN_STORE

CHUNK_SIZE = 1 << 20


def fingerprint_stream(stream) -> str:
    digest = hashlib.sha256()
    for chunk in iter(lambda: stream.read(CHUNK_SIZE), b""):
        digest.update(chunk)
    return digest.hexdigest()


def find_existing(session: Session, fingerprint: str) -> DesignAsset | None:
    stmt = select(DesignAsset).where(DesignAsset.sha256 == fingerprint)
    return session.scalars(stmt).first()


def store_design(session: Session, commission_id: int, upload) -> DesignAsset:
    upload.stream.seek(0)
    fingerprint = fingerprint_stream(upload.stream)
    existing = find_existing(session, fingerprint)
    if existing is not None:
        return existing
    target = Path(DESIGN_STORE) / fingerprint[:2] / fingerprint
    target.parent.mkdir(parents=True, exist_ok=True)
    upload.stream.seek(0)
    target.write_bytes(upload.stream.read())
    asset = DesignAsset(
        commission_id=commission_id,
        sha256=fingerprint,
        original_name=upload.filename,
        size_bytes=target.stat().st_size,
    )
    session.add(asset)
    session.flush()
    return asset
