"""Reports over the enamel colour recipe book (frit mixes, Pantone matches, firing temps)."""
import csv
import io
import os

import psycopg2
from flask import Blueprint, Response, request

bp = Blueprint("recipes", __name__, url_prefix="/recipes")

DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def _connect():
    return psycopg2.connect(os.environ["RECIPES_DATABASE_URL"])


def fetch_recipes(order_by: str, direction: str, opaque_only: bool):
    query = (
        "SELECT code, pantone_ref, frit_blend, firing_temp_c, opaque, last_used "
        "FROM colour_recipes WHERE (%s = false OR opaque = true) "
        "ORDER BY " + order_by + " " + DIRECTIONS.get(direction, "ASC")
    )
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(query, (opaque_only,))
        return cur.fetchall()


def _as_csv(rows) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["code", "pantone", "frit_blend", "firing_temp_c", "opaque", "last_used"])
    writer.writerows(rows)
    return buf.getvalue()


@bp.get("/export.csv")
def export_recipes():
    sort = request.args.get("sort", "pantone_ref")
    direction = request.args.get("dir", "asc")
    opaque_only = request.args.get("opaque") == "1"
    rows = fetch_recipes(sort, direction, opaque_only)
    return Response(
        _as_csv(rows),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=colour_recipes.csv"},
    )


@bp.get("/count")
def count_recipes():
    with _connect() as conn, conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM colour_recipes")
        (total,) = cur.fetchone()
    return {"total": total}
