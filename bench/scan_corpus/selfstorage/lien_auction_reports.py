"""Back-office report of units headed to lien auction, sortable by the manager."""
from __future__ import annotations

import csv
import io
from datetime import date

import psycopg
from psycopg.rows import dict_row
from flask import Blueprint, Response, current_app, request
from flask_login import login_required

bp = Blueprint("lien_reports", __name__, url_prefix="/admin/liens")

BASE_QUERY = """
    SELECT l.id, t.last_name, t.first_name, u.unit_number, l.balance_cents,
           l.notice_sent_on, l.auction_date
    FROM lien_cases l
    JOIN tenants t ON t.id = l.tenant_id
    JOIN units u ON u.id = l.unit_id
    WHERE l.facility_id = %(facility)s AND l.status = 'open'
    ORDER BY {order} {direction}
"""


class LienReportQuery:
    def __init__(self, facility_id: int, sort: str = "auction_date", descending: bool = False):
        self.facility_id = facility_id
        self.sort = sort
        self.descending = descending

    def sql(self) -> str:
        return BASE_QUERY.format(order=self.sort, direction="DESC" if self.descending else "ASC")

    def run(self, conn: psycopg.Connection) -> list[dict]:
        with conn.cursor(row_factory=dict_row) as cur:
            cur.execute(self.sql(), {"facility": self.facility_id})
            return cur.fetchall()


@bp.get("/<int:facility_id>/report.csv")
@login_required
def lien_report(facility_id: int) -> Response:
    query = LienReportQuery(
        facility_id,
        sort=request.args.get("sort", "auction_date"),
        descending=request.args.get("dir") == "desc",
    )
    with psycopg.connect(current_app.config["DATABASE_URL"]) as conn:
        rows = query.run(conn)

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["case", "tenant", "unit", "balance", "notice_sent", "auction"])
    for row in rows:
        writer.writerow(
            [
                row["id"],
                f"{row['last_name']}, {row['first_name']}",
                row["unit_number"],
                f"{row['balance_cents'] / 100:.2f}",
                row["notice_sent_on"],
                row["auction_date"],
            ]
        )
    filename = f"lien-report-{facility_id}-{date.today():%Y%m%d}.csv"
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename={filename}"},
    )
