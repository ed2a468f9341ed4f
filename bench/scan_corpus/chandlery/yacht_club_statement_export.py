"""Monthly statement export for yacht-club accounts.

The club treasurer downloads a CSV of everything charged to the club account
in a month so it can be split across members' mess bills.
"""
from __future__ import annotations

import csv
import io
import os
from datetime import date

from flask import Blueprint, Response, abort, g, request
from sqlalchemy import create_engine, text

bp = Blueprint("club_statements", __name__, url_prefix="/club")

engine = create_engine(os.environ["CHANDLERY_DATABASE_URL"], pool_pre_ping=True)

COLUMNS = ["invoice_no", "invoiced_on", "member_name", "berth", "description", "amount"]


def _month_bounds(year: int, month: int) -> tuple[date, date]:
    start = date(year, month, 1)
    end = date(year + (month == 12), month % 12 + 1, 1)
    return start, end


def fetch_statement_lines(club_code: str, year: int, month: int) -> list[dict]:
    start, end = _month_bounds(year, month)
    query = text(
        "SELECT i.invoice_no, i.invoiced_on, m.full_name AS member_name, i.berth, "
        "l.description, l.amount_minor / 100.0 AS amount "
        "FROM club_invoices i "
        "JOIN club_members m ON m.member_id = i.member_id "
        "JOIN invoice_lines l ON l.invoice_no = i.invoice_no "
        f"WHERE i.club_code = '{club_code}' "
        "AND i.invoiced_on >= :start AND i.invoiced_on < :end "
        "ORDER BY i.invoiced_on, i.invoice_no"
    )
    with engine.connect() as conn:
        result = conn.execute(query, {"start": start, "end": end})
        return [dict(row._mapping) for row in result]


@bp.get("/<club_code>/statement.csv")
def statement_csv(club_code: str):
    if club_code not in g.get("treasurer_of", ()):
        abort(403)
    try:
        year = int(request.args["year"])
        month = int(request.args["month"])
    except (KeyError, ValueError):
        abort(400)
    if not 1 <= month <= 12:
        abort(400)

    lines = fetch_statement_lines(club_code, year, month)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(lines)
    filename = f"statement-{year}-{month:02d}.csv"
    return Response(
        buffer.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename={filename}"},
    )
