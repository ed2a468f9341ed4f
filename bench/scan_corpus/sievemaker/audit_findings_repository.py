"""Persistence for findings raised during internal and customer quality audits.

Findings are classified (major / minor / observation), linked to a
process area (weaving, framing, calibration lab, dispatch) and tracked
until the corrective action is verified.
"""
from dataclasses import dataclass
from datetime import date
from typing import List, Optional

import psycopg


@dataclass
class Finding:
    id: int
    audit_ref: str
    area: str
    severity: str
    description: str
    due_date: Optional[date]
    closed: bool


FINDING_COLUMNS = "id, audit_ref, area, severity, description, due_date, closed"


class AuditFindingsRepository:
    def __init__(self, conninfo: str):
        self.conninfo = conninfo

    def add(self, audit_ref: str, area: str, severity: str, description: str,
            due_date: Optional[date] = None) -> int:
        with psycopg.connect(self.conninfo) as conn:
            row = conn.execute(
                "INSERT INTO audit_findings (audit_ref, area, severity, description, due_date) "
                "VALUES (%s, %s, %s, %s, %s) RETURNING id",
                (audit_ref, area, severity, description, due_date),
            ).fetchone()
            return row[0]

    def search(self, text: str, area: Optional[str] = None, open_only: bool = True) -> List[Finding]:
        query = f"SELECT {FINDING_COLUMNS} FROM audit_findings WHERE description ILIKE %s"
        params: list = ["%" + text.replace("%", r"\%").replace("_", r"\_") + "%"]
        if area:
            query += " AND area = %s"
            params.append(area)
        if open_only:
            query += " AND NOT closed"
        query += " ORDER BY due_date NULLS LAST, id"
        with psycopg.connect(self.conninfo) as conn:
            return [Finding(*r) for r in conn.execute(query, params).fetchall()]

    def close(self, finding_id: int, verified_by: str) -> None:
        with psycopg.connect(self.conninfo) as conn:
            conn.execute(
                "UPDATE audit_findings SET closed = TRUE, verified_by = %s, closed_on = CURRENT_DATE "
                "WHERE id = %s",
                (verified_by, finding_id),
            )
