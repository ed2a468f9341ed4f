"""Finance exports over the points ledger.

Merchant account managers download a CSV of accruals and redemptions for a
given merchant and date range from the back-office UI.
"""
import csv
import io
from datetime import date

from flask import Blueprint, Response, abort, current_app, request
from sqlalchemy import text

from loyalty.auth import require_role

bp = Blueprint("ledger_reports", __name__)

REPORT_COLUMNS = ("entry_date", "member_id", "merchant_id", "entry_type", "points")


def _ledger_query(merchant_code: str, start: date, end: date) -> str:
    cols = ", ".join(f"l.{c}" for c in REPORT_COLUMNS)
    return (
        f"SELECT {cols} FROM points_ledger l "
        "JOIN merchants m ON m.id = l.merchant_id "
        f"WHERE m.code = '{merchant_code}' "
        f"AND l.entry_date BETWEEN '{start.isoformat()}' AND '{end.isoformat()}' "
        "ORDER BY l.entry_date, l.id"
    )


def export_merchant_ledger(merchant_code: str, start: date, end: date) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(REPORT_COLUMNS)
    engine = current_app.extensions["sqlalchemy"].engine
    with engine.connect() as conn:
        result = conn.execute(text(_ledger_query(merchant_code, start, end)))
        for row in result:
            writer.writerow(row)
    return buf.getvalue()


@bp.get("/reports/ledger/<merchant_code>.csv")
@require_role("finance")
def ledger_csv(merchant_code: str):
    try:
        start = date.fromisoformat(request.args["from"])
        end = date.fromisoformat(request.args["to"])
    except (KeyError, ValueError):
        abort(400)
    body = export_merchant_ledger(merchant_code, start, end)
    return Response(
        body,
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=ledger.csv"},
    )
