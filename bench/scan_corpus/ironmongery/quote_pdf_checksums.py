"""Checksums for rendered quote PDFs.

The renderer is re-run whenever prices change; if the new PDF is
byte-identical to the last issued revision we do not bump the revision
number or e-mail the customer again.
"""
from __future__ import annotations

import logging
from hashlib import sha256 as _sha256
from pathlib import Path

log = logging.getLogger(__name__)

CHUNK = 1 << 16


def file_checksum(path: Path) -> str:
    h = _sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


class QuoteRevisionTracker:
    def __init__(self, conn) -> None:
        self.conn = conn

    def last_checksum(self, quote_number: str) -> str | None:
        row = self.conn.execute(
            "SELECT pdf_sha256 FROM quote_revisions WHERE quote_number = ? ORDER BY revision DESC LIMIT 1",
            (quote_number,),
        ).fetchone()
        return row[0] if row else None

    def record(self, quote_number: str, pdf_path: Path) -> tuple[int, bool]:
        checksum = file_checksum(pdf_path)
        if checksum == self.last_checksum(quote_number):
            log.info("Quote %s unchanged; keeping current revision", quote_number)
            current = self.conn.execute(
                "SELECT MAX(revision) FROM quote_revisions WHERE quote_number = ?", (quote_number,)
            ).fetchone()[0]
            return current, False
        revision = (
            self.conn.execute(
                "SELECT COALESCE(MAX(revision), 0) FROM quote_revisions WHERE quote_number = ?",
                (quote_number,),
            ).fetchone()[0]
            + 1
        )
        self.conn.execute(
            "INSERT INTO quote_revisions (quote_number, revision, pdf_path, pdf_sha256, bytes) "
            "VALUES (?, ?, ?, ?, ?)",
            (quote_number, revision, str(pdf_path), checksum, pdf_path.stat().st_size),
        )
        self.conn.commit()
        log.info("Quote %s issued as revision %d", quote_number, revision)
        return revision, True
