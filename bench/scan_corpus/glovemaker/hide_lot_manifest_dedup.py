"""Deduplicate hide-lot manifests received from tanneries.

Tanneries often send the same CSV manifest more than once (email and SFTP, or
a resend after a phone call).  Each file is fingerprinted and skipped if an
identical one has already been imported.
"""
import csv
import hashlib
import logging
import sqlite3
from pathlib import Path
from typing import Iterator

log = logging.getLogger(__name__)

CHUNK_SIZE = 1 << 16
INBOX = Path("/srv/glovemaker/inbox/manifests")


def file_fingerprint(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK_SIZE), b""):
            digest.update(block)
    return digest.hexdigest()


class ManifestImporter:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def already_seen(self, fingerprint: str) -> bool:
        cur = self.conn.execute(
            "SELECT 1 FROM manifest_imports WHERE sha256 = ?", (fingerprint,)
        )
        return cur.fetchone() is not None

    @staticmethod
    def _rows(path: Path) -> Iterator[dict]:
        with path.open(newline="", encoding="utf-8") as fh:
            yield from csv.DictReader(fh)

    def import_file(self, path: Path) -> int:
        fingerprint = file_fingerprint(path)
        if self.already_seen(fingerprint):
            log.info("skipping duplicate manifest %s (%s)", path.name, fingerprint[:12])
            return 0
        count = 0
        with self.conn:
            for row in self._rows(path):
                self.conn.execute(
                    "INSERT INTO hide_lots (lot_no, tannery, species, grade, area_sqft) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (
                        row["lot_no"],
                        row["tannery"],
                        row["species"],
                        row["grade"],
                        float(row["area_sqft"]),
                    ),
                )
                count += 1
            self.conn.execute(
                "INSERT INTO manifest_imports (sha256, filename) VALUES (?, ?)",
                (fingerprint, path.name),
            )
        log.info("imported %d hide lots from %s", count, path.name)
        return count


def run(db_path: str = "/var/lib/glovemaker/materials.db") -> None:
    importer = ManifestImporter(sqlite3.connect(db_path))
    for path in sorted(INBOX.glob("*.csv")):
        importer.import_file(path)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
