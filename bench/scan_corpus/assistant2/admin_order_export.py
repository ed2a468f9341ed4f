"""Admin CSV export of orders.

Adds ``/admin/orders/export.csv`` with optional ``status`` and ``since``
filters, matching the filters of the existing admin order list.
"""
from __future__ import annotations

import csv
import io
from datetime import date

from flask import Blueprint, Response, request
from flask_login import login_required
from sqlalchemy import text

from app.auth import admin_required
from app.db import engine

admin_export = Blueprint("admin_export", __name__, url_prefix="/admin/orders")

EXPORT_COLUMNS = ["id", "customer_email", "status", "total_cents", "currency", "created_at"]


def _build_query(status: str | None, since: date | None) -> str:
    clauses = ["1 = 1"]
    if status:
        clauses.append(f"status = '{status}'")
    if since:
        clauses.append(f"created_at >= '{since.isoformat()}'")
    columns = ", ".join(EXPORT_COLUMNS)
    return f"SELECT {columns} FROM orders WHERE {' AND '.join(clauses)} ORDER BY created_at DESC"


def _rows_as_csv(sql: str) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(EXPORT_COLUMNS)
    with engine.connect() as conn:
        for row in conn.execute(text(sql)):
            writer.writerow(row)
    return buf.getvalue()


@admin_export.get("/export.csv")
@login_required
@admin_required
def export_orders() -> Response:
    """Stream the filtered order list as a CSV attachment."""
    status = request.args.get("status") or None
    since_raw = request.args.get("since")
    since = date.fromisoformat(since_raw) if since_raw else None
    body = _rows_as_csv(_build_query(status, since))
    return Response(
        body,
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=orders.csv"},
    )
