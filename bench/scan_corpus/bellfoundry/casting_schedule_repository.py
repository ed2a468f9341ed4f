"""Query layer behind the casting schedule board shown on the foundry floor screens."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Dict, List, Optional

from flask import Flask, jsonify, request

app = Flask(__name__)


@dataclass
class ScheduleFilter:
    pit: Optional[str] = None
    status: str = "scheduled"

    def clauses(self) -> List[str]:
        parts = [f"status = '{self.status}'"]
        if self.pit:
            parts.append(f"casting_pit = '{self.pit}'")
        return parts


class CastingScheduleRepository:
    BASE_QUERY = (
        "SELECT job_id, bell_name, parish, weight_kg, casting_pit, pour_date "
        "FROM casting_jobs"
    )

    def __init__(self, db_path: str = "foundry.db") -> None:
        self.db_path = db_path

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.db_path)
        conn.row_factory = sqlite3.Row
        return conn

    def _compose(self, flt: ScheduleFilter) -> str:
        where = " AND ".join(flt.clauses())
        return f"{self.BASE_QUERY} WHERE {where} ORDER BY pour_date"

    def upcoming(self, flt: ScheduleFilter) -> List[Dict[str, object]]:
        with self._connect() as conn:
            rows = conn.execute(self._compose(flt)).fetchall()
        return [dict(r) for r in rows]

    def reschedule(self, job_id: int, pour_date: str) -> None:
        with self._connect() as conn:
            conn.execute(
                "UPDATE casting_jobs SET pour_date = ? WHERE job_id = ?",
                (pour_date, job_id),
            )


repo = CastingScheduleRepository()


@app.get("/schedule")
def schedule_board():
    flt = ScheduleFilter(
        pit=request.args.get("pit"),
        status=request.args.get("status", "scheduled"),
    )
    return jsonify(repo.upcoming(flt))


@app.post("/schedule/<int:job_id>/reschedule")
def reschedule(job_id: int):
    repo.reschedule(job_id, request.json["pour_date"])
    return jsonify({"job_id": job_id, "pour_date": request.json["pour_date"]})
