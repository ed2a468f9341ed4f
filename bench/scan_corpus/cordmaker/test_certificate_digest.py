"""Checksums for batch break-strength test certificates.

Every certificate PDF issued to a customer is fingerprinted so the
quality team can prove later that the document was not altered.
"""
import hashlib
from pathlib import Path

from cordmaker.settings import CERTIFICATE_ROOT
from cordmaker.db import get_connection

CHUNK_SIZE = 1 << 16


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK_SIZE), b""):
            digest.update(chunk)
    return digest.hexdigest()


def record_certificate(batch_no: str, pdf_path: Path) -> str:
    checksum = file_sha256(pdf_path)
    with get_connection() as conn, conn.cursor() as cur:
        cur.execute(
            "INSERT INTO certificate_digest (batch_no, file_name, sha256) VALUES (%s, %s, %s)",
            (batch_no, pdf_path.name, checksum),
        )
    return checksum


def audit_certificates(root: Path = Path(CERTIFICATE_ROOT)) -> list:
    mismatched = []
    with get_connection() as conn, conn.cursor() as cur:
        cur.execute("SELECT batch_no, file_name, sha256 FROM certificate_digest")
        for batch_no, file_name, expected in cur.fetchall():
            candidate = root / batch_no / file_name
            if not candidate.exists():
                mismatched.append((batch_no, file_name, "missing"))
                continue
            if file_sha256(candidate) != expected:
                mismatched.append((batch_no, file_name, "changed"))
    return mismatched
