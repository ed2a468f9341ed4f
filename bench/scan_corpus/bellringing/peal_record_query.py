"""Query helpers behind the guild's public peal records pages."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("peals", __name__, url_prefix="/peals")


@dataclass
class PealFilter:
    method: str = ""
    tower: str = ""
    year_from: int = 1700
    year_to: int = 2100

    @classmethod
    def from_args(cls, args) -> "PealFilter":
        try:
            lo = int(args.get("from", 1700))
            hi = int(args.get("to", 2100))
        except ValueError:
            lo, hi = 1700, 2100
        return cls(args.get("method", "").strip(), args.get("tower", "").strip(), lo, hi)


def db() -> sqlite3.Connection:
    if "peal_db" not in g:
        g.peal_db = sqlite3.connect(current_app.config["PEAL_DB"])
        g.peal_db.row_factory = sqlite3.Row
    return g.peal_db


def find_peals(flt: PealFilter, limit: int = 50, offset: int = 0) -> list[sqlite3.Row]:
    return db().execute(
        "SELECT peal_id, rung_on, tower, changes, method, conductor FROM peals "
        "WHERE method LIKE ? ESCAPE '\\' AND tower LIKE ? ESCAPE '\\' "
        "AND rung_on BETWEEN ? AND ? ORDER BY rung_on DESC LIMIT ? OFFSET ?",
        (
            f"%{_escape_like(flt.method)}%",
            f"%{_escape_like(flt.tower)}%",
            date(flt.year_from, 1, 1).isoformat(),
            date(flt.year_to, 12, 31).isoformat(),
            limit,
            offset,
        ),
    ).fetchall()


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@bp.get("/search")
def search():
    page = max(request.args.get("page", 1, type=int), 1)
    rows = find_peals(PealFilter.from_args(request.args), offset=(page - 1) * 50)
    return jsonify([dict(r) for r in rows])


@bp.get("/by-ringer")
def by_ringer():
    name = request.args.get("name", "").strip()
    rows = db().execute(
        "SELECT p.peal_id, p.rung_on, p.tower, pr.bell FROM peals p "
        "JOIN peal_ringers pr ON pr.peal_id = p.peal_id "
        "WHERE pr.ringer_name = ? ORDER BY p.rung_on",
        (name,),
    ).fetchall()
    return jsonify([dict(r) for r in rows])
