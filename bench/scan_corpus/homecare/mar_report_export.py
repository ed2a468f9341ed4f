"""CSV export of medication administration records (MAR) for a client.

Used by the registered manager ahead of CQC inspections and by the
clinical lead when reviewing missed or refused doses.
"""
from __future__ import annotations

import csv
import io
import sqlite3
from datetime import date

from flask import Blueprint, Response, abort, current_app, request

from .auth import login_required, role_required

bp = Blueprint("mar_export", __name__, url_prefix="/mar")

CSV_COLUMNS = [
    "administered_at",
    "medication",
    "dose",
    "route",
    "outcome",
    "carer_name",
    "notes",
]


def _order_clause(sort: str, direction: str) -> str:
    direction = "DESC" if direction.lower() == "desc" else "ASC"
    return f"ORDER BY {sort} {direction}"


def _fetch_records(db_path: str, client_id: int, start: date, end: date, order_by: str) -> list[tuple]:
    query = (
        "SELECT m.administered_at, m.medication, m.dose, m.route, m.outcome, "
        "c.display_name, m.notes "
        "FROM mar_entries m JOIN carers c ON c.id = m.carer_id "
        "WHERE m.client_id = ? AND date(m.administered_at) BETWEEN ? AND ? "
        + order_by
    )
    with sqlite3.connect(db_path) as conn:
        return conn.execute(query, (client_id, start.isoformat(), end.isoformat())).fetchall()


@bp.get("/clients/<int:client_id>/export.csv")
@login_required
@role_required("registered_manager", "clinical_lead")
def export_mar(client_id: int):
    try:
        start = date.fromisoformat(request.args["from"])
        end = date.fromisoformat(request.args["to"])
    except (KeyError, ValueError):
        abort(400, description="from and to dates are required (YYYY-MM-DD)")
    if end < start or (end - start).days > 366:
        abort(400, description="date range must be within one year")

    order_by = _order_clause(
        request.args.get("sort", "m.administered_at"),
        request.args.get("dir", "asc"),
    )
    rows = _fetch_records(current_app.config["MAR_DB_PATH"], client_id, start, end, order_by)

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    writer.writerows(rows)
    filename = f"mar_{client_id}_{start:%Y%m%d}_{end:%Y%m%d}.csv"
    return Response(
        buffer.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename={filename}"},
    )
