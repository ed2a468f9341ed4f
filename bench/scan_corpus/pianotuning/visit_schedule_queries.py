"""Queries over technicians' visit schedules for the dispatch board."""
from dataclasses import dataclass
from datetime import date

from flask import Blueprint, current_app, jsonify, request
from sqlalchemy import bindparam, text
from sqlalchemy.engine import Engine

bp = Blueprint("dispatch", __name__)


@dataclass
class ScheduledVisit:
    id: int
    technician: str
    customer: str
    address: str
    visit_date: date
    slot: str


class ScheduleQueries:
    BASE = (
        "SELECT v.id, t.username AS technician, c.name AS customer, c.address, "
        "v.visit_date, v.slot FROM visits v "
        "JOIN technicians t ON t.id = v.technician_id "
        "JOIN customers c ON c.id = v.customer_id "
    )

    def __init__(self, engine: Engine):
        self.engine = engine

    def _fetch(self, stmt, params: dict) -> list[ScheduledVisit]:
        with self.engine.connect() as conn:
            return [ScheduledVisit(**r) for r in conn.execute(stmt, params).mappings()]

    def by_technicians(self, usernames: list[str], start: date, end: date) -> list[ScheduledVisit]:
        stmt = text(
            self.BASE
            + "WHERE t.username IN :usernames AND v.visit_date BETWEEN :start AND :end "
            "ORDER BY v.visit_date, t.username, v.slot"
        ).bindparams(bindparam("usernames", expanding=True))
        return self._fetch(stmt, {"usernames": usernames, "start": start, "end": end})


@bp.get("/dispatch/schedule")
def schedule():
    queries = ScheduleQueries(current_app.extensions["db_engine"])
    visits = queries.by_technicians(
        request.args.getlist("technician"),
        date.fromisoformat(request.args["start"]),
        date.fromisoformat(request.args["end"]),
    )
    return jsonify([{**v.__dict__, "visit_date": v.visit_date.isoformat()} for v in visits])
