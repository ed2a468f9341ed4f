"""Back-office report: hat orders by production stage and date range."""
from __future__ import annotations

import csv
import datetime as dt
import io
import os

import psycopg
from flask import Blueprint, Response, abort, request
from flask_login import login_required

bp = Blueprint("order_reports", __name__, url_prefix="/reports")

REPORT_HEADER = ["reference", "client", "style", "stage", "promised_for", "created_at"]


def _connect() -> psycopg.Connection:
    return psycopg.connect(os.environ["ORDERS_DATABASE_URL"])


def _parse_date(value: str | None, default: dt.date) -> dt.date:
    if not value:
        return default
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        abort(400)


@bp.get("/orders.csv")
@login_required
def orders_by_stage():
    stage = request.args.get("stage", "blocking")
    today = dt.date.today()
    since = _parse_date(request.args.get("since"), today - dt.timedelta(days=30))
    until = _parse_date(request.args.get("until"), today)

    query = (
        "SELECT o.reference, c.surname, o.style, o.stage, o.promised_for, o.created_at"
        " FROM hat_orders o JOIN clients c ON c.id = o.client_id"
        " WHERE o.stage = '%s' AND o.created_at::date BETWEEN '%s' AND '%s'"
        " ORDER BY o.promised_for" % (stage, since, until)
    )

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(REPORT_HEADER)
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(query)
        for row in cur:
            writer.writerow(row)

    filename = f"orders-{since:%Y%m%d}-{until:%Y%m%d}.csv"
    return Response(
        buffer.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
