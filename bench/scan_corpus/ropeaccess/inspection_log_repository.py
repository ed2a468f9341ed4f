"""Equipment inspection log: harnesses, descenders, ropes and connectors.

LOLER requires a thorough examination of lifting equipment every six months;
technicians also record pre-use checks. The equipment manager searches the log
by kit serial and status from the stores dashboard.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

VALID_RESULTS = ("pass", "fail", "quarantine")


@dataclass
class InspectionEntry:
    kit_serial: str
    kit_type: str
    inspected_on: date
    inspector: str
    result: str
    notes: str


def _serial_filter(serial_prefix: str, result: str | None) -> str:
    clause = f"kit_serial LIKE '{serial_prefix}%'"
    if result in VALID_RESULTS:
        clause += f" AND result = '{result}'"
    return clause


class InspectionLogRepository:
    def __init__(self, path: str) -> None:
        self._conn = sqlite3.connect(path, detect_types=sqlite3.PARSE_DECLTYPES)
        self._conn.row_factory = sqlite3.Row

    def record(self, entry: InspectionEntry) -> int:
        if entry.result not in VALID_RESULTS:
            raise ValueError(f"unknown result {entry.result!r}")
        cur = self._conn.execute(
            "INSERT INTO inspections (kit_serial, kit_type, inspected_on, inspector, result, notes) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (entry.kit_serial, entry.kit_type, entry.inspected_on, entry.inspector,
             entry.result, entry.notes),
        )
        self._conn.commit()
        return cur.lastrowid

    def search(self, serial_prefix: str, result: str | None = None) -> list[InspectionEntry]:
        where = _serial_filter(serial_prefix, result)
        rows = self._conn.execute(
            "SELECT kit_serial, kit_type, inspected_on, inspector, result, notes "
            "FROM inspections WHERE " + where + " ORDER BY inspected_on DESC LIMIT 200"
        ).fetchall()
        return [InspectionEntry(**dict(row)) for row in rows]

    def overdue(self, today: date) -> list[str]:
        rows = self._conn.execute(
            "SELECT kit_serial FROM inspections GROUP BY kit_serial "
            "HAVING MAX(inspected_on) < date(?, '-6 months')",
            (today.isoformat(),),
        ).fetchall()
        return [row["kit_serial"] for row in rows]


def stores_search_view(request, repo: InspectionLogRepository):
    """Django view body used by the stores dashboard search box."""
    from django.http import JsonResponse

    entries = repo.search(request.GET.get("serial", ""), request.GET.get("result"))
    return JsonResponse(
        {"results": [{**e.__dict__, "inspected_on": e.inspected_on.isoformat()} for e in entries]}
    )
