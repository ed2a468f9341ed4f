"""Patch test register for the clinic manager.

Every new client has a test patch fired at low fluence and is reviewed
after a few weeks for blistering, scarring or pigment change before a full
removal course is booked. This report lists patch tests awaiting review.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg.rows import dict_row
from flask import Blueprint, current_app, jsonify, request
from flask_login import login_required

bp = Blueprint("patch_tests", __name__, url_prefix="/manager/patch-tests")

BASE_QUERY = (
    "SELECT p.id, c.last_name, c.first_name, p.tested_on, p.wavelength_nm, "
    "p.fluence, p.reaction, p.reviewed_on, p.technician "
    "FROM patch_tests p JOIN clients c ON c.id = p.client_id "
    "WHERE p.tested_on >= %(since)s"
)


@dataclass
class ReportOptions:
    since: date
    sort: str = "tested_on"
    direction: str = "asc"
    pending_only: bool = True


def _options_from_request() -> ReportOptions:
    since_raw = request.args.get("since")
    since = date.fromisoformat(since_raw) if since_raw else date(date.today().year, 1, 1)
    direction = "desc" if request.args.get("direction") == "desc" else "asc"
    return ReportOptions(
        since=since,
        sort=request.args.get("sort", "tested_on"),
        direction=direction,
        pending_only=request.args.get("pending", "1") == "1",
    )


def _build_query(opts: ReportOptions) -> str:
    query = BASE_QUERY
    if opts.pending_only:
        query += " AND p.reviewed_on IS NULL"
    return query + " ORDER BY {} {}".format(opts.sort, opts.direction.upper())


@bp.get("/")
@login_required
def patch_test_register():
    opts = _options_from_request()
    with psycopg.connect(current_app.config["CLINIC_DSN"], row_factory=dict_row) as conn:
        rows = conn.execute(_build_query(opts), {"since": opts.since}).fetchall()
    for row in rows:
        row["tested_on"] = row["tested_on"].isoformat()
        if row["reviewed_on"] is not None:
            row["reviewed_on"] = row["reviewed_on"].isoformat()
    return jsonify({"since": opts.since.isoformat(), "count": len(rows), "patch_tests": rows})
