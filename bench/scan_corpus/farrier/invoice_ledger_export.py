"""CSV export of the invoice ledger for the bookkeeper, with user-chosen sort and filters."""
from __future__ import annotations

import csv
import io
from datetime import date

from flask import Blueprint, Response, abort, request
from flask_login import login_required
from sqlalchemy import text

from .models import db

bp = Blueprint("ledger_export", __name__)

SORT_COLUMNS = {
    "number": "i.number",
    "issued": "i.issued_on",
    "owner": "o.full_name",
    "total": "i.total",
    "status": "i.status",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}
STATUSES = {"draft", "sent", "paid", "overdue", "void"}


def _order_by(sort_key: str, direction: str) -> str:
    column = SORT_COLUMNS.get(sort_key)
    order = DIRECTIONS.get(direction.lower())
    if column is None or order is None:
        abort(400, description="unsupported sort")
    return f"ORDER BY {column} {order}, i.id"


@bp.get("/exports/ledger.csv")
@login_required
def export_ledger():
    start = date.fromisoformat(request.args["from"])
    end = date.fromisoformat(request.args["to"])
    status = request.args.get("status")
    if status is not None and status not in STATUSES:
        abort(400, description="unknown status")

    sql = text(
        "SELECT i.number, i.issued_on, o.full_name, i.total, i.amount_paid, i.status "
        "FROM invoices i JOIN owners o ON o.id = i.owner_id "
        "WHERE i.issued_on BETWEEN :start AND :end AND (:status IS NULL OR i.status = :status) "
        + _order_by(request.args.get("sort", "issued"), request.args.get("dir", "asc"))
    )
    rows = db.session.execute(sql, {"start": start, "end": end, "status": status}).all()

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["invoice", "issued", "owner", "total", "paid", "status"])
    writer.writerows(rows)
    filename = f"ledger-{start:%Y%m%d}-{end:%Y%m%d}.csv"
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
