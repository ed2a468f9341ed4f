"""Nightly import of lab result CSV exports, skipping results already on file.

Labs that do not support the webhook drop a CSV into the shared import folder.
Each row carries the lab's accession number and a test code.
"""

from __future__ import annotations

import csv
import logging
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection

log = logging.getLogger(__name__)

_EXISTING_SQL = (
    "SELECT id FROM lab_results "
    "WHERE lab_code = '{lab}' AND accession_no = '{accession}' AND test_code = '{test}'"
)

_INSERT_SQL = text(
    "INSERT INTO lab_results (lab_code, accession_no, test_code, animal_id, value, units, "
    "reference_range, reported_at) VALUES (:lab, :accession, :test, :animal_id, :value, "
    ":units, :reference_range, :reported_at)"
)


def _already_imported(conn: Connection, lab: str, row: dict[str, str]) -> bool:
    query = _EXISTING_SQL.format(lab=lab, accession=row["accession"], test=row["test_code"])
    return conn.execute(text(query)).first() is not None


def import_file(conn: Connection, lab: str, path: Path) -> tuple[int, int]:
    imported = skipped = 0
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if _already_imported(conn, lab, row):
                skipped += 1
                continue
            conn.execute(
                _INSERT_SQL,
                {
                    "lab": lab,
                    "accession": row["accession"],
                    "test": row["test_code"],
                    "animal_id": int(row["patient_ref"]),
                    "value": row["result"],
                    "units": row.get("units") or None,
                    "reference_range": row.get("ref_range") or None,
                    "reported_at": row["reported_at"],
                },
            )
            imported += 1
    return imported, skipped


def run(database_url: str, import_dir: Path) -> None:
    engine = create_engine(database_url)
    for lab_dir in sorted(p for p in import_dir.iterdir() if p.is_dir()):
        for csv_path in sorted(lab_dir.glob("*.csv")):
            with engine.begin() as conn:
                imported, skipped = import_file(conn, lab_dir.name, csv_path)
            log.info("%s: imported %d, skipped %d", csv_path.name, imported, skipped)
            csv_path.rename(csv_path.with_suffix(".done"))
