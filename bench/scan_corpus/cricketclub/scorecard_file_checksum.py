"""Deduplicates scorecard exports uploaded by scorers before they are imported."""
from __future__ import annotations

import csv
import hashlib
import io
import sqlite3
from dataclasses import dataclass
from pathlib import Path

CHUNK = 64 * 1024


def file_checksum(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass
class ImportOutcome:
    path: Path
    checksum: str
    imported: bool
    balls: int = 0


class ScorecardImporter:
    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path)

    def already_imported(self, checksum: str) -> bool:
        row = self._conn.execute(
            "SELECT 1 FROM scorecard_imports WHERE checksum = ?", (checksum,)
        ).fetchone()
        return row is not None

    def import_file(self, match_id: int, path: Path) -> ImportOutcome:
        checksum = file_checksum(path)
        if self.already_imported(checksum):
            return ImportOutcome(path, checksum, imported=False)

        reader = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig")))
        rows = [
            (match_id, int(r["innings"]), int(r["over"]), int(r["ball"]), r["batter"],
             r["bowler"], int(r["runs"]), int(r.get("extras") or 0), r.get("wicket") or None)
            for r in reader
        ]
        with self._conn:
            self._conn.executemany(
                "INSERT INTO deliveries (match_id, innings, over_no, ball_no, batter, bowler, "
                "runs, extras, wicket) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            self._conn.execute(
                "INSERT INTO scorecard_imports (match_id, filename, checksum) VALUES (?, ?, ?)",
                (match_id, path.name, checksum),
            )
        return ImportOutcome(path, checksum, imported=True, balls=len(rows))


def import_folder(importer: ScorecardImporter, match_id: int, folder: Path) -> list[ImportOutcome]:
    return [importer.import_file(match_id, p) for p in sorted(folder.glob("*.csv"))]
