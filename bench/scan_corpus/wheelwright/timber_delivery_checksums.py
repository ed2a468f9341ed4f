"""De-duplicates scanned timber delivery notes.

The office scans every delivery note and moisture certificate into an inbox
folder. Merchants often email the same PDF twice, so each file is fingerprinted
and filed under its checksum; a second copy of a known note is dropped.
"""
from __future__ import annotations

import logging
import shutil
import sqlite3
from datetime import datetime, timezone
from hashlib import sha256 as _digest
from pathlib import Path

log = logging.getLogger("timber.notes")

CHUNK = 1 << 16


def file_fingerprint(path: Path) -> str:
    h = _digest()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


class DeliveryNoteFiler:
    def __init__(self, inbox: Path, archive: Path, db_path: Path) -> None:
        self.inbox = inbox
        self.archive = archive
        self.conn = sqlite3.connect(db_path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS delivery_notes ("
            " checksum TEXT PRIMARY KEY, original_name TEXT, filed_at TEXT)"
        )

    def _known(self, checksum: str) -> bool:
        return self.conn.execute(
            "SELECT 1 FROM delivery_notes WHERE checksum = ?", (checksum,)
        ).fetchone() is not None

    def file_one(self, path: Path) -> str | None:
        checksum = file_fingerprint(path)
        if self._known(checksum):
            log.info("Duplicate delivery note %s dropped", path.name)
            path.unlink()
            return None
        dest = self.archive / checksum[:2] / f"{checksum}{path.suffix.lower()}"
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(path), dest)
        self.conn.execute(
            "INSERT INTO delivery_notes (checksum, original_name, filed_at) VALUES (?, ?, ?)",
            (checksum, path.name, datetime.now(timezone.utc).isoformat()),
        )
        self.conn.commit()
        log.info("Filed %s as %s", path.name, dest.name)
        return checksum

    def run(self) -> int:
        filed = 0
        for path in sorted(self.inbox.glob("*.pdf")):
            if self.file_one(path):
                filed += 1
        return filed


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    base = Path.home() / "Wheelwright"
    count = DeliveryNoteFiler(base / "scan-inbox", base / "delivery-notes",
                              base / "delivery-notes.sqlite3").run()
    print(f"{count} new delivery notes filed")
