"""Lookup of yard visits for the office calendar and the yard manager portal."""
from __future__ import annotations

import sqlite3
from datetime import date

from flask import Blueprint, abort, current_app, g, jsonify, request
from flask_login import current_user, login_required

bp = Blueprint("yard_visits", __name__, url_prefix="/api/yards")


def get_db() -> sqlite3.Connection:
    if "office_db" not in g:
        g.office_db = sqlite3.connect(current_app.config["OFFICE_DB"])
        g.office_db.row_factory = sqlite3.Row
    return g.office_db


def _parse_day(value: str | None, default: date) -> date:
    if not value:
        return default
    try:
        return date.fromisoformat(value)
    except ValueError:
        abort(400)


@bp.get("/search")
@login_required
def search_yards():
    term = request.args.get("q", "").strip()
    if len(term) < 2:
        return jsonify(yards=[])
    rows = get_db().execute(
        "SELECT id, name, postcode FROM yards WHERE name LIKE ? OR postcode LIKE ? ORDER BY name LIMIT 25",
        (f"%{term}%", f"{term.upper()}%"),
    ).fetchall()
    return jsonify(yards=[dict(r) for r in rows])


@bp.get("/<int:yard_id>/visits")
@login_required
def yard_visits(yard_id: int):
    if not current_user.can_view_yard(yard_id):
        abort(404)
    start = _parse_day(request.args.get("from"), date.today())
    end = _parse_day(request.args.get("to"), date(start.year + 1, start.month, 1))
    farrier = request.args.get("farrier")

    sql = (
        "SELECT v.id, v.visit_date, v.arrival_window, v.farrier, COUNT(a.id) AS horses "
        "FROM yard_visits v LEFT JOIN appointments a ON a.visit_id = v.id "
        "WHERE v.yard_id = ? AND v.visit_date BETWEEN ? AND ? AND (? IS NULL OR v.farrier = ?) "
        "GROUP BY v.id ORDER BY v.visit_date"
    )
    rows = get_db().execute(
        sql, (yard_id, start.isoformat(), end.isoformat(), farrier, farrier)
    ).fetchall()
    return jsonify(yard_id=yard_id, visits=[dict(r) for r in rows])
