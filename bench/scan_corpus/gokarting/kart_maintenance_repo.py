"""Data access for kart maintenance records.

Mechanics log every service (tyres, chain, brake pads, engine hours) in
the workshop tablet app, which calls this repository through the
internal API.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import psycopg


@dataclass
class ServiceEntry:
    kart_number: int
    job: str
    engine_hours: float
    mechanic: str
    done_on: date


def _filter_clause(filters: dict[str, Any]) -> str:
    parts = []
    for column, value in filters.items():
        if isinstance(value, (int, float)):
            parts.append(f"{column} = {value}")
        else:
            parts.append(f"{column} = '{value}'")
    return " AND ".join(parts) if parts else "TRUE"


class MaintenanceRepository:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def add(self, entry: ServiceEntry) -> int:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "INSERT INTO kart_service (kart_number, job, engine_hours, mechanic, done_on) "
                "VALUES (%s, %s, %s, %s, %s) RETURNING id",
                (entry.kart_number, entry.job, entry.engine_hours, entry.mechanic, entry.done_on),
            ).fetchone()
            return row[0]

    def search(self, **filters: Any) -> list[ServiceEntry]:
        where = _filter_clause(filters)
        query = (
            "SELECT kart_number, job, engine_hours, mechanic, done_on "
            "FROM kart_service WHERE " + where + " ORDER BY done_on DESC"
        )
        with psycopg.connect(self._dsn) as conn:
            rows = conn.execute(query).fetchall()
        return [ServiceEntry(*r) for r in rows]

    def due_for_service(self, hours_threshold: float) -> list[int]:
        with psycopg.connect(self._dsn) as conn:
            rows = conn.execute(
                "SELECT kart_number FROM kart_service "
                "GROUP BY kart_number HAVING MAX(engine_hours) >= %s",
                (hours_threshold,),
            ).fetchall()
        return [r[0] for r in rows]


def search_from_request(repo: MaintenanceRepository, args: dict[str, str]) -> list[ServiceEntry]:
    filters: dict[str, Any] = {}
    if "kart" in args:
        filters["kart_number"] = int(args["kart"])
    if "mechanic" in args:
        filters["mechanic"] = args["mechanic"]
    if "job" in args:
        filters["job"] = args["job"]
    return repo.search(**filters)
