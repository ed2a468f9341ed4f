"""Read-side queries for the weekly visit rota.

Coordinators search the week by carer name, by client postcode district
and by visit status; results feed the rota grid in the office app.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Optional

import psycopg
from psycopg.rows import class_row


@dataclass
class RotaVisit:
    visit_id: int
    client_name: str
    postcode: str
    carer_name: Optional[str]
    starts_at: datetime
    duration_minutes: int
    status: str


@dataclass
class RotaFilter:
    week_start: date
    carer_name: str = ""
    postcode_district: str = ""
    status: Optional[str] = None


class RotaSearchRepository:
    BASE_QUERY = (
        "SELECT v.id AS visit_id, c.display_name AS client_name, c.postcode, "
        "k.display_name AS carer_name, v.starts_at, v.duration_minutes, v.status "
        "FROM visits v JOIN clients c ON c.id = v.client_id "
        "LEFT JOIN carers k ON k.id = v.carer_id "
        "WHERE v.starts_at >= %(start)s AND v.starts_at < %(end)s"
    )

    def __init__(self, conninfo: str):
        self.conninfo = conninfo

    def _where(self, flt: RotaFilter) -> tuple[str, dict]:
        clauses = []
        params: dict = {"start": flt.week_start, "end": flt.week_start + timedelta(days=7)}
        if flt.carer_name:
            clauses.append("k.display_name ILIKE %(carer)s")
            params["carer"] = f"%{flt.carer_name}%"
        if flt.postcode_district:
            clauses.append("c.postcode LIKE %(district)s")
            params["district"] = f"{flt.postcode_district.upper()} %"
        if flt.status:
            clauses.append("v.status = %(status)s")
            params["status"] = flt.status
        extra = "".join(f" AND {clause}" for clause in clauses)
        return extra, params

    def search(self, flt: RotaFilter) -> list[RotaVisit]:
        extra, params = self._where(flt)
        sql = self.BASE_QUERY + extra + " ORDER BY v.starts_at, c.display_name"
        with psycopg.connect(self.conninfo) as conn:
            with conn.cursor(row_factory=class_row(RotaVisit)) as cur:
                cur.execute(sql, params)
                return cur.fetchall()

    def unassigned_count(self, week_start: date) -> int:
        with psycopg.connect(self.conninfo) as conn:
            row = conn.execute(
                "SELECT count(*) FROM visits WHERE carer_id IS NULL "
                "AND starts_at >= %s AND starts_at < %s AND status = 'planned'",
                (week_start, week_start + timedelta(days=7)),
            ).fetchone()
        return row[0]
