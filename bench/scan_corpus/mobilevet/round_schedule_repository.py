"""Data access for the daily van round schedule (PostgreSQL)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Any, Mapping

import psycopg
from flask import Blueprint, current_app, jsonify, request
from psycopg.rows import dict_row

FILTERABLE = ("van_id", "vet_id", "visit_type", "status")


@dataclass
class ScheduledVisit:
    id: int
    round_date: date
    van_id: str
    vet_id: int
    farm_id: int | None
    home_address_id: int | None
    visit_type: str
    status: str
    slot_start: time


def _filter_clause(filters: Mapping[str, Any]) -> str:
    parts = []
    for column in FILTERABLE:
        value = filters.get(column)
        if value not in (None, ""):
            parts.append(f"{column} = '{value}'")
    return (" AND " + " AND ".join(parts)) if parts else ""


class RoundScheduleRepository:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    def visits_for_day(self, round_date: date, filters: Mapping[str, Any]) -> list[ScheduledVisit]:
        sql = (
            "SELECT id, round_date, van_id, vet_id, farm_id, home_address_id, "
            "visit_type, status, slot_start FROM round_visits WHERE round_date = %s"
            + _filter_clause(filters)
            + " ORDER BY van_id, slot_start"
        )
        with psycopg.connect(self._conninfo, row_factory=dict_row) as conn:
            rows = conn.execute(sql, (round_date,)).fetchall()
        return [ScheduledVisit(**row) for row in rows]

    def mark_status(self, visit_id: int, status: str) -> None:
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "UPDATE round_visits SET status = %s WHERE id = %s",
                (status, visit_id),
            )

    def move_slot(self, visit_id: int, van_id: str, slot_start: time) -> None:
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "UPDATE round_visits SET van_id = %s, slot_start = %s WHERE id = %s",
                (van_id, slot_start, visit_id),
            )


bp = Blueprint("round_schedule", __name__, url_prefix="/rounds")


@bp.get("/<round_day>/visits")
def list_visits(round_day: str):
    repo = RoundScheduleRepository(current_app.config["ROUNDS_DSN"])
    visits = repo.visits_for_day(date.fromisoformat(round_day), request.args)
    return jsonify([{**v.__dict__, "round_date": v.round_date.isoformat(),
                     "slot_start": v.slot_start.isoformat()} for v in visits])
