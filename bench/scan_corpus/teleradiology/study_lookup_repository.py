"""Study lookups used by the referring-clinic portal search box.

Clinic staff search by accession number, patient MRN or patient name
fragment; results are always limited to the clinic's own orders.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg.rows import class_row


@dataclass
class StudySummary:
    accession: str
    mrn: str
    patient_name: str
    modality: str
    study_date: date
    report_status: str


class StudyLookupRepository:
    _COLUMNS = "accession, mrn, patient_name, modality, study_date, report_status"

    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    def _connect(self) -> psycopg.Connection:
        return psycopg.connect(self._conninfo)

    def by_accession(self, clinic_id: int, accession: str) -> StudySummary | None:
        with self._connect() as conn, conn.cursor(row_factory=class_row(StudySummary)) as cur:
            cur.execute(
                f"SELECT {self._COLUMNS} FROM portal_studies WHERE clinic_id = %s AND accession = %s",
                (clinic_id, accession.strip()),
            )
            return cur.fetchone()

    def search(self, clinic_id: int, term: str, limit: int = 25) -> list[StudySummary]:
        term = term.strip()
        if len(term) < 3:
            return []
        pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        with self._connect() as conn, conn.cursor(row_factory=class_row(StudySummary)) as cur:
            cur.execute(
                f"SELECT {self._COLUMNS} FROM portal_studies "
                "WHERE clinic_id = %(clinic)s AND (mrn = %(term)s OR patient_name ILIKE %(pattern)s) "
                "ORDER BY study_date DESC LIMIT %(limit)s",
                {"clinic": clinic_id, "term": term, "pattern": pattern, "limit": min(limit, 100)},
            )
            return cur.fetchall()

    def recent(self, clinic_id: int, since: date) -> list[StudySummary]:
        with self._connect() as conn, conn.cursor(row_factory=class_row(StudySummary)) as cur:
            cur.execute(
                f"SELECT {self._COLUMNS} FROM portal_studies WHERE clinic_id = %s AND study_date >= %s "
                "ORDER BY study_date DESC",
                (clinic_id, since),
            )
            return cur.fetchall()
