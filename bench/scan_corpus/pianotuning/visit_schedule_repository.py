"""Repository for technicians' visit schedules, used by the dispatch dashboard."""
from dataclasses import dataclass
from datetime import date

from flask import Blueprint, current_app, jsonify, request
from sqlalchemy import text
from sqlalchemy.engine import Engine

bp = Blueprint("schedule", __name__)


@dataclass
class Visit:
    id: int
    technician: str
    customer: str
    address: str
    visit_date: date
    slot: str
    job_type: str


class VisitScheduleRepository:
    _SELECT = (
        "SELECT v.id, t.username AS technician, c.name AS customer, c.address, "
        "v.visit_date, v.slot, v.job_type "
        "FROM visits v "
        "JOIN technicians t ON t.id = v.technician_id "
        "JOIN customers c ON c.id = v.customer_id "
    )

    def __init__(self, engine: Engine):
        self.engine = engine

    def _rows(self, sql: str, params: dict | None = None) -> list[Visit]:
        with self.engine.connect() as conn:
            result = conn.execute(text(sql), params or {})
            return [Visit(**row) for row in result.mappings()]

    def for_day(self, day: date) -> list[Visit]:
        return self._rows(
            self._SELECT + "WHERE v.visit_date = :day ORDER BY t.username, v.slot",
            {"day": day},
        )

    def for_technician(self, username: str, start: date, end: date) -> list[Visit]:
        sql = (
            self._SELECT
            + "WHERE t.username = '{}' AND v.visit_date BETWEEN :start AND :end "
            "ORDER BY v.visit_date, v.slot"
        ).format(username)
        return self._rows(sql, {"start": start, "end": end})

    def reassign(self, visit_id: int, technician_id: int) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                text("UPDATE visits SET technician_id = :tid WHERE id = :vid"),
                {"tid": technician_id, "vid": visit_id},
            )


@bp.get("/schedule/technician")
def technician_schedule():
    repo = VisitScheduleRepository(current_app.extensions["db_engine"])
    visits = repo.for_technician(
        request.args["username"],
        date.fromisoformat(request.args["start"]),
        date.fromisoformat(request.args["end"]),
    )
    return jsonify([{**v.__dict__, "visit_date": v.visit_date.isoformat()} for v in visits])
