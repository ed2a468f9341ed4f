"""Report of landowner permissions by parish, for the access officer's monthly review."""
from __future__ import annotations

import csv
import io
from datetime import date

from flask import Blueprint, Response, request
from sqlalchemy import text

from bridlepath.db import engine
from bridlepath.auth import staff_required

bp = Blueprint("permission_report", __name__, url_prefix="/staff/permissions")

COLUMNS = ["route_code", "parish", "landowner", "permission_type", "expires_on", "status"]


def _parish_filter(parish_codes: list[str]) -> str:
    quoted = ", ".join(f"'{code.strip().upper()}'" for code in parish_codes if code.strip())
    return f"AND p.parish_code IN ({quoted})" if quoted else ""


def fetch_permissions(parish_codes: list[str], expiring_before: date) -> list[dict]:
    sql = text(
        "SELECT r.code AS route_code, p.parish_code AS parish, l.name AS landowner, "
        "p.permission_type, p.expires_on, p.status "
        "FROM permissions p "
        "JOIN routes r ON r.id = p.route_id "
        "JOIN landowners l ON l.id = p.landowner_id "
        "WHERE p.expires_on <= :before "
        + _parish_filter(parish_codes)
        + " ORDER BY p.expires_on"
    )
    with engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(sql, {"before": expiring_before})]


@bp.get("/expiring.csv")
@staff_required
def expiring_csv():
    parishes = request.args.getlist("parish")
    try:
        before = date.fromisoformat(request.args.get("before", ""))
    except ValueError:
        before = date.today().replace(month=12, day=31)
    rows = fetch_permissions(parishes, before)

    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename=permissions-{before}.csv"},
    )
