"""Search endpoint for the polysomnography study archive.

Scoring staff look up past studies by patient surname and study type when a
patient returns for a titration or a repeat diagnostic night.
"""
from __future__ import annotations

import os
import sqlite3

from flask import Blueprint, abort, g, jsonify, request, session

bp = Blueprint("psg_search", __name__)

STUDY_TYPES = {"diagnostic", "split_night", "titration", "mslt", "mwt", "hsat"}
PAGE_SIZE = 50


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(os.environ["PSG_ARCHIVE_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


@bp.get("/studies/search")
def search_studies():
    if "staff_id" not in session:
        abort(401)
    surname = request.args.get("surname", "").strip()
    study_type = request.args.get("type")
    if len(surname) < 2:
        abort(400, "surname must be at least two characters")
    if study_type is not None and study_type not in STUDY_TYPES:
        abort(400, "unknown study type")

    sql = (
        "SELECT s.id, s.study_date, s.study_type, s.status, p.surname, p.given_name "
        "FROM studies s JOIN patients p ON p.id = s.patient_id "
        f"WHERE p.surname LIKE '{surname}%'"
    )
    params: list[str] = []
    if study_type:
        sql += " AND s.study_type = ?"
        params.append(study_type)
    sql += f" ORDER BY s.study_date DESC LIMIT {PAGE_SIZE}"

    rows = get_db().execute(sql, params).fetchall()
    return jsonify(
        [
            {
                "id": r["id"],
                "date": r["study_date"],
                "type": r["study_type"],
                "status": r["status"],
                "patient": f"{r['surname']}, {r['given_name']}",
            }
            for r in rows
        ]
    )
