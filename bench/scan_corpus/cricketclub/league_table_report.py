"""League table export for a division, downloadable as CSV from the club site."""
from __future__ import annotations

import csv
import io
import os

import psycopg
from flask import Blueprint, Response, abort, request

reports_bp = Blueprint("league_reports", __name__, url_prefix="/reports")

POINTS_QUERY = """
SELECT t.name,
       COUNT(*) FILTER (WHERE r.outcome = 'W') AS won,
       COUNT(*) FILTER (WHERE r.outcome = 'L') AS lost,
       COUNT(*) FILTER (WHERE r.outcome IN ('D', 'A')) AS drawn_or_abandoned,
       SUM(r.points) AS points
  FROM league_results r
  JOIN league_teams t ON t.id = r.team_id
 WHERE {where}
 GROUP BY t.name
 ORDER BY points DESC, won DESC, t.name
"""


def _conninfo() -> str:
    return os.environ["LEAGUE_DSN"]


def build_where(season: int, division: str) -> str:
    return "r.season = %d AND t.division = '%s'" % (season, division)


def fetch_table(season: int, division: str) -> list[tuple]:
    query = POINTS_QUERY.format(where=build_where(season, division))
    with psycopg.connect(_conninfo()) as conn, conn.cursor() as cur:
        cur.execute(query)
        return cur.fetchall()


def render_csv(rows: list[tuple]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["Pos", "Team", "W", "L", "D/A", "Pts"])
    for pos, (name, won, lost, drawn, points) in enumerate(rows, start=1):
        writer.writerow([pos, name, won, lost, drawn, points])
    return buf.getvalue()


@reports_bp.get("/league-table.csv")
def league_table_csv():
    season = request.args.get("season", type=int)
    division = request.args.get("division", "").strip()
    if season is None or not division:
        abort(400, "season and division are required")

    rows = fetch_table(season, division)
    if not rows:
        abort(404, f"No results for {division} in {season}")
    filename = f"league-table-{season}.csv"
    return Response(
        render_csv(rows),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
