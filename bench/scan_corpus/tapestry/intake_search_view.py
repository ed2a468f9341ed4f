"""Registrar search over the object intake log."""

from __future__ import annotations

import sqlite3

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("intake_search", __name__, url_prefix="/intake")


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["INTAKE_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


@bp.teardown_app_request
def close_db(exc: BaseException | None) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def _row_to_dict(row: sqlite3.Row) -> dict:
    return {
        "accession_no": row["accession_no"],
        "title": row["title"],
        "client": row["client_name"],
        "received": row["received_on"],
        "status": row["status"],
    }


@bp.get("/search")
def search_intake():
    term = request.args.get("q", "").strip()
    status = request.args.get("status", "open")
    if status not in {"open", "in_treatment", "awaiting_collection", "closed"}:
        return jsonify(error="bad status"), 400
    if not term:
        return jsonify(results=[])

    sql = (
        "SELECT accession_no, title, client_name, received_on, status FROM intake "
        f"WHERE status = ? AND (title LIKE '%{term}%' OR client_name LIKE '%{term}%') "
        "ORDER BY received_on DESC LIMIT 100"
    )
    rows = get_db().execute(sql, (status,)).fetchall()
    return jsonify(results=[_row_to_dict(r) for r in rows])


@bp.get("/<accession_no>")
def intake_detail(accession_no: str):
    row = get_db().execute(
        "SELECT accession_no, title, client_name, received_on, status FROM intake "
        "WHERE accession_no = ?",
        (accession_no,),
    ).fetchone()
    if row is None:
        return jsonify(error="not found"), 404
    return jsonify(_row_to_dict(row))
