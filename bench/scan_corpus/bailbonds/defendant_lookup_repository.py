"""Defendant lookup used by the front desk and the intake screen."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from flask import Blueprint, abort, current_app, g, jsonify, request
from flask_login import login_required

bp = Blueprint("defendant_lookup", __name__, url_prefix="/api/defendants")


@dataclass
class DefendantSummary:
    id: int
    first_name: str
    last_name: str
    dob: str
    bond_number: str
    bond_status: str


class DefendantRepository:
    BASE_QUERY = (
        "SELECT d.id, d.first_name, d.last_name, d.dob, b.bond_number, b.status"
        " FROM defendants d JOIN bonds b ON b.defendant_id = d.id"
    )

    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn

    def search(self, last_name: str, dob: date | None = None, limit: int = 50) -> list[DefendantSummary]:
        clauses = ["d.last_name LIKE ? ESCAPE '\\'"]
        escaped = last_name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params: list[object] = [escaped + "%"]
        if dob is not None:
            clauses.append("d.dob = ?")
            params.append(dob.isoformat())
        sql = f"{self.BASE_QUERY} WHERE {' AND '.join(clauses)} ORDER BY d.last_name LIMIT ?"
        params.append(limit)
        rows = self._conn.execute(sql, params).fetchall()
        return [DefendantSummary(*row) for row in rows]

    def by_bond_number(self, bond_number: str) -> DefendantSummary | None:
        row = self._conn.execute(f"{self.BASE_QUERY} WHERE b.bond_number = ?", (bond_number,)).fetchone()
        return DefendantSummary(*row) if row else None


def _repo() -> DefendantRepository:
    if "office_db" not in g:
        g.office_db = sqlite3.connect(current_app.config["OFFICE_DB_PATH"])
    return DefendantRepository(g.office_db)


@bp.get("")
@login_required
def lookup():
    last_name = (request.args.get("last_name") or "").strip()
    if len(last_name) < 2:
        abort(400, "last_name needs at least two letters")
    dob_arg = request.args.get("dob")
    try:
        dob = date.fromisoformat(dob_arg) if dob_arg else None
    except ValueError:
        abort(400, "dob must be YYYY-MM-DD")
    return jsonify([s.__dict__ for s in _repo().search(last_name, dob)])


@bp.get("/by-bond/<bond_number>")
@login_required
def by_bond(bond_number: str):
    summary = _repo().by_bond_number(bond_number)
    if summary is None:
        abort(404)
    return jsonify(summary.__dict__)
