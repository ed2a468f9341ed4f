"""Office report of open commissions, exported as CSV for the Monday meeting."""
from __future__ import annotations

import csv
import io
import os

import psycopg2
from flask import Blueprint, Response, request
from flask_login import login_required

bp = Blueprint("reports", __name__, url_prefix="/office/reports")

COLUMNS = ["ref", "customer", "item", "stage", "quoted_pence", "deposit_paid_pence", "due_date"]


def _connect():
    return psycopg2.connect(os.environ["COPPER_OFFICE_DSN"])


def open_commissions(sort: str, descending: bool, stage: str | None) -> list[tuple]:
    query = (
        "SELECT c.ref, cu.name, c.item, c.stage, c.quoted_pence, c.deposit_paid_pence, c.due_date "
        "FROM commissions c JOIN customers cu ON cu.id = c.customer_id "
        "WHERE c.stage <> 'dispatched'"
    )
    params: list = []
    if stage:
        query += " AND c.stage = %s"
        params.append(stage)
    query += " ORDER BY " + sort + (" DESC" if descending else " ASC")
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(query, params)
        return cur.fetchall()


def to_csv(rows: list[tuple]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow(row)
    return buf.getvalue()


@bp.get("/open-commissions.csv")
@login_required
def export_open_commissions():
    sort = request.args.get("sort", "c.due_date")
    descending = request.args.get("dir", "asc").lower() == "desc"
    stage = request.args.get("stage") or None
    rows = open_commissions(sort, descending, stage)
    return Response(
        to_csv(rows),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=open-commissions.csv"},
    )
