"""Ingests the accredited lab's monthly bacteriology PDFs into the records store.

The lab emails the same certificate more than once when a sample is re-run,
so each PDF is fingerprinted and duplicates are skipped.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from hashlib import sha256 as _h
from pathlib import Path

log = logging.getLogger(__name__)

CHUNK = 1024 * 1024


def file_fingerprint(path: Path) -> str:
    digest = _h()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass
class IngestResult:
    stored: list[str]
    duplicates: list[str]


class LabCertificateIngest:
    def __init__(self, conn: sqlite3.Connection, archive_dir: Path) -> None:
        self._conn = conn
        self._archive = archive_dir
        self._archive.mkdir(parents=True, exist_ok=True)

    def _known(self, fingerprint: str) -> bool:
        row = self._conn.execute(
            "SELECT 1 FROM lab_certificates WHERE sha256 = ?", (fingerprint,)
        ).fetchone()
        return row is not None

    def ingest_folder(self, inbox: Path) -> IngestResult:
        result = IngestResult(stored=[], duplicates=[])
        for pdf in sorted(inbox.glob("*.pdf")):
            fingerprint = file_fingerprint(pdf)
            if self._known(fingerprint):
                result.duplicates.append(pdf.name)
                continue
            dest = self._archive / f"{fingerprint}.pdf"
            shutil.copy2(pdf, dest)
            self._conn.execute(
                "INSERT INTO lab_certificates (sha256, original_name, received_at) VALUES (?, ?, ?)",
                (fingerprint, pdf.name, datetime.now(timezone.utc).isoformat()),
            )
            result.stored.append(pdf.name)
        self._conn.commit()
        log.info("Lab ingest: %d stored, %d duplicates", len(result.stored), len(result.duplicates))
        return result
