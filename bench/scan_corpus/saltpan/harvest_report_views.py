"""Harvest report pages for the site office.

Shows raked tonnage per pan for a season, sortable by any column in the
table header, and a CSV download for the accountant.
"""
import csv
import io
import sqlite3

from flask import Blueprint, Response, current_app, g, render_template, request

bp = Blueprint("harvest_reports", __name__, url_prefix="/reports/harvest")

COLUMNS = ("pan_id", "harvest_date", "raker_badge", "wet_kg", "dry_kg", "grade")


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["SITE_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


def season_rows(season: int, sort: str, descending: bool) -> list:
    direction = "DESC" if descending else "ASC"
    sql = (
        f"SELECT {', '.join(COLUMNS)} FROM harvest_log "
        f"WHERE strftime('%Y', harvest_date) = ? ORDER BY {sort} {direction}"
    )
    return get_db().execute(sql, (str(season),)).fetchall()


@bp.get("/<int:season>")
def season_table(season: int):
    sort = request.args.get("sort", "harvest_date")
    descending = request.args.get("desc") == "1"
    rows = season_rows(season, sort, descending)
    total_dry = sum(r["dry_kg"] or 0 for r in rows)
    return render_template(
        "reports/harvest_season.html",
        season=season, rows=rows, columns=COLUMNS, sort=sort,
        descending=descending, total_dry_t=round(total_dry / 1000, 2),
    )


@bp.get("/<int:season>.csv")
def season_csv(season: int):
    rows = season_rows(season, "harvest_date", False)
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(COLUMNS)
    writer.writerows(tuple(r) for r in rows)
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename=harvest-{season}.csv"},
    )
