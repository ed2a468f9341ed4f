"""Exports the delinquency aging report for a facility, sorted as the manager chooses."""
from __future__ import annotations

import csv
import io

import psycopg
from flask import Blueprint, Response, current_app, request
from flask_login import login_required
from psycopg.rows import dict_row

bp = Blueprint("delinquency", __name__, url_prefix="/admin/delinquency")

SORT_COLUMNS = {
    "days_late": "days_late",
    "balance": "d.balance_cents",
    "tenant": "t.last_name",
    "unit": "u.unit_number",
}

REPORT_SQL = """
    SELECT t.last_name, t.first_name, u.unit_number, d.balance_cents,
           CURRENT_DATE - d.oldest_due_on AS days_late, d.last_payment_on
    FROM delinquencies d
    JOIN tenants t ON t.id = d.tenant_id
    JOIN units u ON u.id = d.unit_id
    WHERE d.facility_id = %(facility)s AND d.balance_cents > 0
    ORDER BY {column} {direction}, u.unit_number
"""


def build_query(sort: str, direction: str) -> str:
    column = SORT_COLUMNS.get(sort, "days_late")
    order = "DESC" if direction == "desc" else "ASC"
    return REPORT_SQL.format(column=column, direction=order)


@bp.get("/<int:facility_id>.csv")
@login_required
def export(facility_id: int) -> Response:
    sql = build_query(request.args.get("sort", "days_late"), request.args.get("dir", "desc"))
    with psycopg.connect(current_app.config["DATABASE_URL"]) as conn:
        with conn.cursor(row_factory=dict_row) as cur:
            cur.execute(sql, {"facility": facility_id})
            rows = cur.fetchall()

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["tenant", "unit", "balance", "days_late", "last_payment"])
    for r in rows:
        writer.writerow(
            [
                f"{r['last_name']}, {r['first_name']}",
                r["unit_number"],
                f"{r['balance_cents'] / 100:.2f}",
                r["days_late"],
                r["last_payment_on"] or "",
            ]
        )
    return Response(
        out.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename=delinquency-{facility_id}.csv"},
    )
