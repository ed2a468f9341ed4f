"""Checksums for issued proof-load test certificates.

Each certificate PDF gets a SHA-256 digest that is printed on the register
and returned by the lookup API so an auditor can confirm a downloaded copy
matches the one we issued.
"""
import hashlib
from pathlib import Path

from sqlalchemy import update
from sqlalchemy.orm import Session

from chainmaker.models import ProofLoadCertificate

CHUNK = 1 << 16


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def record_digest(session: Session, certificate_no: str, pdf_path: Path) -> str:
    digest = file_digest(pdf_path)
    session.execute(
        update(ProofLoadCertificate)
        .where(ProofLoadCertificate.number == certificate_no)
        .values(pdf_sha256=digest, pdf_bytes=pdf_path.stat().st_size)
    )
    return digest


def register_line(cert: ProofLoadCertificate) -> str:
    return (
        f"{cert.number}  {cert.issued_on:%Y-%m-%d}  "
        f"WLL {cert.wll_tonnes}t  proof {cert.proof_load_kn}kN  sha256:{cert.pdf_sha256}"
    )
