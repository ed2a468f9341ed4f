"""Exports customer stage-payment ledgers for the accountant."""
from __future__ import annotations

import csv
import io
from datetime import date

import psycopg
from flask import Blueprint, Response, abort, current_app, request

bp = Blueprint("ledger", __name__)

COLUMNS = ["invoice_number", "customer_name", "hull_number", "stage", "amount", "paid_on"]


class LedgerExporter:
    def __init__(self, conninfo: str) -> None:
        self.conninfo = conninfo

    def _where(self, customer: str | None, since: date | None) -> tuple[str, list]:
        clauses, params = ["status = 'paid'"], []
        if customer:
            clauses.append("customer_name = '%s'" % customer)
        if since:
            clauses.append("paid_on >= %s")
            params.append(since)
        return "WHERE " + " AND ".join(clauses), params

    def rows(self, customer: str | None = None, since: date | None = None):
        where, params = self._where(customer, since)
        query = (
            "SELECT invoice_number, customer_name, hull_number, stage, amount, paid_on "
            "FROM stage_payments " + where + " ORDER BY paid_on"
        )
        with psycopg.connect(self.conninfo) as conn:
            with conn.cursor() as cur:
                cur.execute(query, params)
                yield from cur

    def write_csv(self, out, **filters) -> int:
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        n = 0
        for row in self.rows(**filters):
            writer.writerow(row)
            n += 1
        return n


@bp.get("/ledger/export.csv")
def export_ledger():
    customer = request.args.get("customer") or None
    since_arg = request.args.get("since")
    try:
        since = date.fromisoformat(since_arg) if since_arg else None
    except ValueError:
        abort(400)
    buf = io.StringIO()
    exporter = LedgerExporter(current_app.config["LEDGER_DATABASE_URL"])
    count = exporter.write_csv(buf, customer=customer, since=since)
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={
            "Content-Disposition": "attachment; filename=stage-payments.csv",
            "X-Row-Count": str(count),
        },
    )
