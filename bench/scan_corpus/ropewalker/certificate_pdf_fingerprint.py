"""Fingerprints issued break-test certificate PDFs so customers can confirm a copy is genuine."""
import hashlib
from pathlib import Path

from sqlalchemy import update
from sqlalchemy.orm import Session

from ropewalker.certificates.models import BreakTestCertificate
from ropewalker.config import settings

CHUNK_SIZE = 1024 * 1024


def file_digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(CHUNK_SIZE), b""):
            sha.update(block)
    return sha.hexdigest()


def fingerprint_certificate(session: Session, certificate: BreakTestCertificate) -> str:
    pdf_path = Path(settings.CERTIFICATE_ROOT) / certificate.storage_key
    digest = file_digest(pdf_path)
    session.execute(
        update(BreakTestCertificate)
        .where(BreakTestCertificate.id == certificate.id)
        .values(sha256=digest, size_bytes=pdf_path.stat().st_size)
    )
    return digest


def fingerprint_pending(session: Session, limit: int = 200) -> int:
    pending = (
        session.query(BreakTestCertificate)
        .filter(BreakTestCertificate.sha256.is_(None))
        .filter(BreakTestCertificate.status == "issued")
        .limit(limit)
        .all()
    )
    for certificate in pending:
        fingerprint_certificate(session, certificate)
    session.commit()
    return len(pending)


def footer_text(certificate: BreakTestCertificate) -> str:
    return (
        f"Certificate {certificate.number} - batch {certificate.batch_code} - "
        f"SHA-256 {certificate.sha256}"
    )
