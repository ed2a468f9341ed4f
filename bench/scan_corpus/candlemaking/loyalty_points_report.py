"""Monthly loyalty points report for the shop manager dashboard."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date

import psycopg
from flask import Blueprint, Response, current_app, request
from flask_login import login_required

bp = Blueprint("loyalty_reports", __name__, url_prefix="/admin/loyalty")


@dataclass
class PointsRow:
    member_id: int
    email: str
    tier: str
    earned: int
    redeemed: int


def _month_bounds(month: str) -> tuple[date, date]:
    year, mon = (int(p) for p in month.split("-"))
    start = date(year, mon, 1)
    end = date(year + (mon == 12), (mon % 12) + 1, 1)
    return start, end


def _report_sql(region: str) -> str:
    return (
        "SELECT m.id, m.email, m.tier, "
        "COALESCE(SUM(l.points) FILTER (WHERE l.points > 0), 0) AS earned, "
        "COALESCE(-SUM(l.points) FILTER (WHERE l.points < 0), 0) AS redeemed "
        "FROM loyalty_members m JOIN points_ledger l ON l.member_id = m.id "
        "WHERE l.created_at >= %%s AND l.created_at < %%s AND m.region = '%s' "
        "GROUP BY m.id ORDER BY earned DESC" % region
    )


def fetch_rows(region: str, month: str) -> list[PointsRow]:
    start, end = _month_bounds(month)
    with psycopg.connect(current_app.config["LOYALTY_DSN"]) as conn:
        with conn.cursor() as cur:
            cur.execute(_report_sql(region), (start, end))
            return [PointsRow(*row) for row in cur.fetchall()]


@bp.get("/report.csv")
@login_required
def points_report():
    region = request.args.get("region", "uk")
    month = request.args.get("month", date.today().strftime("%Y-%m"))
    rows = fetch_rows(region, month)

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["member_id", "email", "tier", "earned", "redeemed"])
    for r in rows:
        writer.writerow([r.member_id, r.email, r.tier, r.earned, r.redeemed])
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename=loyalty-{month}.csv"},
    )
