"""Export of unpaid rent invoices for the treasurer.

The treasurer downloads a CSV of arrears from the committee portal before
sending reminder letters. The list can be ordered by any column shown in
the portal's table.
"""
from __future__ import annotations

import csv
import io
import os

import psycopg
from flask import Blueprint, Response, abort, request
from flask_login import current_user, login_required

bp = Blueprint("arrears", __name__, url_prefix="/treasurer/arrears")

EXPORT_SQL = (
    "SELECT i.invoice_no, t.holder_name, p.site_code, p.plot_ref, i.amount_due, i.issued_on "
    "FROM rent_invoice i "
    "JOIN tenancy t ON t.id = i.tenancy_id "
    "JOIN plot p ON p.plot_ref = t.plot_ref "
    "WHERE i.paid_at IS NULL AND i.issued_on < now() - interval '30 days' "
    "ORDER BY {order} {direction}"
)


def conninfo() -> str:
    return os.environ["ALLOTMENTS_PG_DSN"]


@bp.get("/export.csv")
@login_required
def export_arrears():
    if current_user.role not in {"treasurer", "chair"}:
        abort(403)
    order = request.args.get("sort", "issued_on")
    direction = "DESC" if request.args.get("desc") == "1" else "ASC"
    query = EXPORT_SQL.format(order=order, direction=direction)

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["invoice", "holder", "site", "plot", "amount_due", "issued_on"])
    with psycopg.connect(conninfo()) as conn:
        with conn.cursor() as cur:
            cur.execute(query)
            for row in cur:
                writer.writerow(row)
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=arrears.csv"},
    )
