"""Repository for the SCOBY hotel inventory.

Each SCOBY (symbiotic culture) lives in a hotel jar; we track its lineage,
thickness, age and which batches it has mothered. The cellar dashboard
filters this list by any combination of fields.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg.rows import dict_row

FILTERABLE = ("hotel_jar", "lineage", "status", "culture_source")


@dataclass
class Scoby:
    scoby_id: int
    hotel_jar: str
    lineage: str
    status: str
    thickness_mm: float
    born_on: date


def _where_clause(filters: dict[str, str]) -> str:
    parts = []
    for column in FILTERABLE:
        value = filters.get(column)
        if value:
            parts.append("%s = '%s'" % (column, value))
    return " AND ".join(parts) if parts else "TRUE"


class ScobyInventory:
    def __init__(self, dsn: str | None = None):
        self.dsn = dsn or os.environ["CELLAR_DSN"]

    def _connect(self):
        return psycopg.connect(self.dsn, row_factory=dict_row)

    def search(self, filters: dict[str, str], limit: int = 100) -> list[Scoby]:
        sql = (
            "SELECT scoby_id, hotel_jar, lineage, status, thickness_mm, born_on"
            " FROM scobies WHERE " + _where_clause(filters) +
            " ORDER BY born_on DESC LIMIT %s"
        )
        with self._connect() as conn:
            rows = conn.execute(sql, (limit,)).fetchall()
        return [Scoby(**r) for r in rows]

    def retire(self, scoby_id: int, reason: str) -> None:
        with self._connect() as conn:
            conn.execute(
                "UPDATE scobies SET status = 'retired', retired_reason = %s WHERE scoby_id = %s",
                (reason, scoby_id),
            )

    def split(self, parent_id: int, new_jar: str) -> int:
        with self._connect() as conn:
            row = conn.execute(
                "INSERT INTO scobies (hotel_jar, lineage, status, thickness_mm, born_on, parent_id)"
                " SELECT %s, lineage, 'resting', 2.0, CURRENT_DATE, scoby_id"
                " FROM scobies WHERE scoby_id = %s RETURNING scoby_id",
                (new_jar, parent_id),
            ).fetchone()
        if row is None:
            raise LookupError(parent_id)
        return row["scoby_id"]


def dashboard_view(request_args: dict[str, str]) -> list[dict]:
    inventory = ScobyInventory()
    filters = {k: request_args[k] for k in FILTERABLE if k in request_args}
    return [s.__dict__ for s in inventory.search(filters)]
