"""Season game-bag report for the shoot captain.

Totals the bag per species and per drive across a season, optionally
filtered to one beat or one species, for the end-of-season dinner sheet.
"""
import psycopg
from flask import Blueprint, jsonify, request
from psycopg.rows import dict_row

from gamekeeper.config import settings

bp = Blueprint("season_report", __name__)

BASE_QUERY = """
    SELECT b.species, d.name AS drive, SUM(b.count) AS total
    FROM game_bag b
    JOIN drive d ON d.id = b.drive_id
    JOIN shoot_day s ON s.id = b.shoot_day_id
    WHERE s.season = %(season)s
"""


FILTER_COLUMNS = {"beat": "d.beat", "species": "b.species", "dealer": "b.dealer"}


def _filters(args) -> list:
    clauses = []
    for param, column in FILTER_COLUMNS.items():
        value = args.get(param)
        if value:
            clauses.append("%s = '%s'" % (column, value))
    return clauses


def _compose(args) -> str:
    sql = BASE_QUERY
    for clause in _filters(args):
        sql += " AND " + clause
    return sql + " GROUP BY b.species, d.name ORDER BY total DESC"


@bp.get("/reports/season/<season>")
def season_report(season: str):
    sql = _compose(request.args)
    with psycopg.connect(settings.DATABASE_URL, row_factory=dict_row) as conn:
        rows = conn.execute(sql, {"season": season}).fetchall()
    totals = {}
    for row in rows:
        totals.setdefault(row["species"], 0)
        totals[row["species"]] += row["total"]
    return jsonify({"season": season, "by_drive": rows, "by_species": totals})
