"""Status lookups for the owner portal and the clinic dashboard."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Optional

from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)
app.config.from_prefixed_env(prefix="CREMATORY")


@dataclass
class StatusEvent:
    status: str
    at: datetime
    note: str


def db() -> sqlite3.Connection:
    if "conn" not in g:
        g.conn = sqlite3.connect(app.config["DB_PATH"], detect_types=sqlite3.PARSE_DECLTYPES)
    return g.conn


class CaseStatusQueries:
    CASE_BY_REFERENCE = (
        "SELECT id, pet_name, status FROM cremation_cases "
        "WHERE reference = ? AND owner_postcode = ?"
    )
    HISTORY = "SELECT status, changed_at, note FROM case_status_history WHERE case_id = ? ORDER BY changed_at"

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def find_case(self, reference: str, postcode: str) -> Optional[tuple]:
        return self.conn.execute(
            self.CASE_BY_REFERENCE, (reference.strip().upper(), postcode.replace(" ", "").upper())
        ).fetchone()

    def history(self, case_id: int) -> list[StatusEvent]:
        rows = self.conn.execute(self.HISTORY, (case_id,)).fetchall()
        return [StatusEvent(status=r[0], at=r[1], note=r[2]) for r in rows]

    def clinic_open_cases(self, clinic_code: str, statuses: list[str]) -> list[tuple]:
        placeholders = ", ".join("?" for _ in statuses)
        sql = (
            "SELECT c.reference, c.pet_name, c.status FROM cremation_cases c "
            "JOIN clinics k ON k.id = c.clinic_id "
            f"WHERE k.code = ? AND c.status IN ({placeholders})"
        )
        return self.conn.execute(sql, (clinic_code, *statuses)).fetchall()


@app.get("/status")
def case_status():
    reference = request.args.get("reference", "")
    postcode = request.args.get("postcode", "")
    queries = CaseStatusQueries(db())
    case = queries.find_case(reference, postcode)
    if case is None:
        abort(404)
    case_id, pet_name, status = case
    return jsonify({
        "pet_name": pet_name,
        "status": status,
        "history": [e.__dict__ for e in queries.history(case_id)],
    })


@app.get("/clinic/<code>/open")
def clinic_open(code: str):
    statuses = request.args.getlist("status") or ["received", "scheduled", "in_retort"]
    return jsonify(CaseStatusQueries(db()).clinic_open_cases(code, statuses))
