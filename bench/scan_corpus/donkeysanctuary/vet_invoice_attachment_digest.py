"""De-duplicate vet invoice PDFs dropped into the finance inbox folder.

Practices often email the same invoice twice (once from the vet, once from
their accounts team). We fingerprint each file so it is only booked once.
"""
from __future__ import annotations

import hashlib
import logging
import shutil
import sqlite3
from pathlib import Path

log = logging.getLogger("vet_invoices.dedupe")

CHUNK = 1024 * 1024


def file_fingerprint(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


class InvoiceInbox:
    def __init__(self, inbox: Path, archive: Path, db_path: Path) -> None:
        self.inbox = inbox
        self.archive = archive
        self.archive.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(db_path)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS invoice_files ("
            " sha256 TEXT PRIMARY KEY, original_name TEXT, booked_at TEXT"
            " DEFAULT CURRENT_TIMESTAMP)"
        )

    def _seen(self, fingerprint: str) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM invoice_files WHERE sha256 = ?", (fingerprint,)
        ).fetchone()
        return row is not None

    def process(self) -> list[Path]:
        booked: list[Path] = []
        for pdf in sorted(self.inbox.glob("*.pdf")):
            fingerprint = file_fingerprint(pdf)
            if self._seen(fingerprint):
                log.info("skipping duplicate invoice %s (%s)", pdf.name, fingerprint[:12])
                pdf.unlink()
                continue
            target = self.archive / f"{fingerprint}.pdf"
            shutil.move(str(pdf), target)
            self._db.execute(
                "INSERT INTO invoice_files (sha256, original_name) VALUES (?, ?)",
                (fingerprint, pdf.name),
            )
            self._db.commit()
            booked.append(target)
        return booked
