"""Patch test review list for the clinic manager.

Lists patch tests done since a given date, optionally only those still
awaiting the review appointment, sorted by a column the manager picks.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg.rows import dict_row
from flask import Blueprint, current_app, jsonify, request
from flask_login import login_required

bp = Blueprint("patch_test_listing", __name__, url_prefix="/manager/patch-test-list")

SORT_COLUMNS = {
    "tested_on": "p.tested_on",
    "surname": "c.last_name",
    "wavelength": "p.wavelength_nm",
    "reaction": "p.reaction",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


@dataclass
class ListingOptions:
    since: date
    sort_column: str
    direction: str
    pending_only: bool


def _options() -> ListingOptions:
    since_raw = request.args.get("since")
    return ListingOptions(
        since=date.fromisoformat(since_raw) if since_raw else date(date.today().year, 1, 1),
        sort_column=SORT_COLUMNS.get(request.args.get("sort", ""), "p.tested_on"),
        direction=DIRECTIONS.get(request.args.get("direction", ""), "ASC"),
        pending_only=request.args.get("pending", "1") == "1",
    )


def _sql(opts: ListingOptions) -> str:
    sql = (
        "SELECT p.id, c.last_name, c.first_name, p.tested_on, p.wavelength_nm, p.fluence, "
        "p.reaction, p.reviewed_on FROM patch_tests p JOIN clients c ON c.id = p.client_id "
        "WHERE p.tested_on >= %(since)s"
    )
    if opts.pending_only:
        sql += " AND p.reviewed_on IS NULL"
    return f"{sql} ORDER BY {opts.sort_column} {opts.direction}"


@bp.get("/")
@login_required
def listing():
    opts = _options()
    with psycopg.connect(current_app.config["CLINIC_DSN"], row_factory=dict_row) as conn:
        rows = conn.execute(_sql(opts), {"since": opts.since}).fetchall()
    for row in rows:
        for key in ("tested_on", "reviewed_on"):
            if row[key] is not None:
                row[key] = row[key].isoformat()
    return jsonify({"count": len(rows), "patch_tests": rows})
