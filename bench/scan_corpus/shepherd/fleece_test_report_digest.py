"""Stores fleece test certificates from the wool testing lab.

Each core-test certificate (micron, yield, vegetable matter) arrives as a
PDF attachment. The digest of the file is used to skip certificates that
were already filed when the lab resends a batch.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from shepherd.settings import settings
from shepherd.wool.models import FleeceCertificate

CHUNK = 1 << 16


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


class CertificateFiler:
    def __init__(self, session: Session, archive: Path | None = None) -> None:
        self.session = session
        self.archive = archive or Path(settings.certificate_archive)

    def already_filed(self, digest: str) -> bool:
        stmt = select(FleeceCertificate.id).where(FleeceCertificate.sha256 == digest)
        return self.session.scalar(stmt) is not None

    def file(self, pdf_path: Path, lot_number: str, micron: float, yield_pct: float) -> FleeceCertificate | None:
        digest = file_digest(pdf_path)
        if self.already_filed(digest):
            return None
        dest = self.archive / f"{digest[:2]}" / f"{digest}.pdf"
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(pdf_path.read_bytes())
        cert = FleeceCertificate(
            lot_number=lot_number,
            micron=micron,
            yield_pct=yield_pct,
            sha256=digest,
            stored_at=str(dest),
        )
        self.session.add(cert)
        self.session.flush()
        return cert
