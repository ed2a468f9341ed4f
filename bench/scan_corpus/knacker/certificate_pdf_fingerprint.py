"""Fingerprints for issued carcass disposal certificates.

Each certificate PDF is fingerprinted when it is issued so that the
regulator portal and the farm can confirm a printed copy matches the
archived original.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from knacker.certificates.models import DisposalCertificate

CHUNK_SIZE = 64 * 1024


def fingerprint_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK_SIZE), b""):
            digest.update(block)
    return digest.hexdigest()


def record_fingerprint(session: Session, certificate_id: int, pdf_path: Path) -> str:
    fingerprint = fingerprint_file(pdf_path)
    session.execute(
        update(DisposalCertificate)
        .where(DisposalCertificate.id == certificate_id)
        .values(sha256=fingerprint, pdf_bytes=pdf_path.stat().st_size)
    )
    session.commit()
    return fingerprint


def find_by_fingerprint(session: Session, fingerprint: str) -> DisposalCertificate | None:
    stmt = select(DisposalCertificate).where(DisposalCertificate.sha256 == fingerprint.strip().lower())
    return session.scalars(stmt).first()
