"""Housekeeping task board API.

Lists turnaround tasks (linen change, hot tub drain, log burner clean)
for the day so team leads can assign them on the tablet app.
"""
from __future__ import annotations

from datetime import date
from typing import Iterable

from flask import Blueprint, jsonify, request
from sqlalchemy import text

from .database import engine

bp = Blueprint("housekeeping", __name__, url_prefix="/housekeeping")


class TaskQuery:
    """Builds the task board SQL from the filters chosen on the tablet."""

    base = (
        "SELECT t.id, t.unit_code, t.kind, t.status, t.assigned_to, t.due_by"
        " FROM housekeeping_tasks t WHERE t.due_date = :due_date"
    )

    def __init__(self, due_date: date) -> None:
        self.due_date = due_date
        self.clauses: list[str] = []

    def with_status(self, status: str | None) -> "TaskQuery":
        if status:
            self.clauses.append("t.status = '{}'".format(status))
        return self

    def assigned(self, only_unassigned: bool) -> "TaskQuery":
        if only_unassigned:
            self.clauses.append("t.assigned_to IS NULL")
        return self

    def sql(self) -> str:
        parts: Iterable[str] = [self.base, *("AND " + c for c in self.clauses)]
        return " ".join(parts) + " ORDER BY t.due_by, t.unit_code"


@bp.get("/tasks")
def list_tasks():
    due = date.fromisoformat(request.args.get("date", date.today().isoformat()))
    query = (
        TaskQuery(due)
        .with_status(request.args.get("status"))
        .assigned(request.args.get("unassigned") == "1")
    )
    with engine.connect() as conn:
        rows = conn.execute(text(query.sql()), {"due_date": due}).mappings().all()
    return jsonify([dict(r) for r in rows])


@bp.post("/tasks/<int:task_id>/assign")
def assign_task(task_id: int):
    cleaner = request.get_json(force=True)["cleaner"]
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE housekeeping_tasks SET assigned_to = :c WHERE id = :id"),
            {"c": cleaner, "id": task_id},
        )
    return jsonify({"id": task_id, "assigned_to": cleaner})
