"""Weekly rota and hours reports for salon managers."""
from __future__ import annotations

import csv
import io
from datetime import date, timedelta

import psycopg
from flask import Blueprint, Response, current_app, request
from flask_login import current_user, login_required

bp = Blueprint("rota_reports", __name__, url_prefix="/reports/rota")

ROLES = ("stylist", "senior_stylist", "colourist", "apprentice", "nail_tech")


def _connect() -> psycopg.Connection:
    return psycopg.connect(current_app.config["DATABASE_URL"])


def _week_start(value: str | None) -> date:
    day = date.fromisoformat(value) if value else date.today()
    return day - timedelta(days=day.weekday())


def _hours_query(salon_id: int, week_start: date, role: str | None) -> str:
    sql = (
        "SELECT s.id, s.display_name, s.role, "
        "ROUND(SUM(EXTRACT(EPOCH FROM (sh.ends_at - sh.starts_at))) / 3600, 2) AS hours "
        "FROM shifts sh JOIN stylists s ON s.id = sh.stylist_id "
        f"WHERE sh.salon_id = {int(salon_id)} "
        f"AND sh.starts_at >= DATE '{week_start.isoformat()}' "
        f"AND sh.starts_at < DATE '{(week_start + timedelta(days=7)).isoformat()}'"
    )
    if role:
        sql += f" AND s.role = '{role}'"
    return sql + " GROUP BY s.id, s.display_name, s.role ORDER BY s.display_name"


def weekly_hours(salon_id: int, week_start: date, role: str | None = None) -> list[tuple]:
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(_hours_query(salon_id, week_start, role))
        return cur.fetchall()


@bp.get("/hours.csv")
@login_required
def hours_csv():
    week = _week_start(request.args.get("week"))
    rows = weekly_hours(current_user.salon_id, week, request.args.get("role"))

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["stylist_id", "name", "role", "hours"])
    writer.writerows(rows)
    filename = f"rota-hours-{week.isoformat()}.csv"
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename={filename}"},
    )


@bp.get("/roles")
@login_required
def roles():
    return {"roles": list(ROLES)}
