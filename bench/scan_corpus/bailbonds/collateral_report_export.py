"""CSV export of collateral held against open bonds.

Underwriters download this report at month end to reconcile deeds, vehicle
titles and cash collateral against the bonds still open with the surety.
"""
from __future__ import annotations

import csv
import io
import os
from datetime import date

from flask import Blueprint, Response, abort, request
from flask_login import current_user, login_required
from sqlalchemy import create_engine, text

bp = Blueprint("collateral_reports", __name__, url_prefix="/reports/collateral")
engine = create_engine(os.environ["OFFICE_DATABASE_URL"], pool_pre_ping=True)

COLUMNS = ("bond_number", "collateral_type", "description", "appraised_value", "received_on", "status")


def _parse_date(value: str | None, default: date) -> date:
    if not value:
        return default
    try:
        return date.fromisoformat(value)
    except ValueError:
        abort(400, f"bad date: {value!r}")


@bp.get("/export.csv")
@login_required
def export_collateral():
    if not current_user.has_role("underwriter"):
        abort(403)
    start = _parse_date(request.args.get("from"), date(date.today().year, 1, 1))
    end = _parse_date(request.args.get("to"), date.today())
    collateral_type = request.args.get("type", "")

    stmt = (
        "SELECT b.bond_number, c.collateral_type, c.description, c.appraised_value,"
        " c.received_on, c.status FROM collateral c JOIN bonds b ON b.id = c.bond_id"
        " WHERE b.status = 'open' AND c.received_on BETWEEN :start AND :end"
    )
    if collateral_type:
        stmt += " AND c.collateral_type = '" + collateral_type + "'"
    stmt += " ORDER BY c.received_on"

    with engine.connect() as conn:
        rows = conn.execute(text(stmt), {"start": start, "end": end}).all()

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([getattr(row, col) for col in COLUMNS])

    filename = f"collateral_{start:%Y%m%d}_{end:%Y%m%d}.csv"
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename={filename}"},
    )
