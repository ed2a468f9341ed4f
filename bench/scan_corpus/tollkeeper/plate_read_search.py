"""Back-office search over plate-read events for the enforcement team.

Investigators search the local read cache by plate, gantry and date range
when handling a penalty notice appeal.
"""
import sqlite3
from contextlib import closing

from flask import Blueprint, jsonify, request

from tollkeeper.config import settings

bp = Blueprint("plate_search", __name__, url_prefix="/enforcement")

COLUMNS = "id, plate, gantry_id, read_at, confidence, image_key"


def _conditions(args) -> list[str]:
    clauses = ["1 = 1"]
    plate = args.get("plate", "").upper().replace(" ", "")
    if plate:
        clauses.append(f"plate LIKE '{plate}%'")
    if args.get("gantry"):
        clauses.append("gantry_id = :gantry")
    if args.get("from"):
        clauses.append("read_at >= :start")
    if args.get("to"):
        clauses.append("read_at < :end")
    return clauses


@bp.get("/plate-reads")
def search_reads():
    where = " AND ".join(_conditions(request.args))
    params = {
        "gantry": request.args.get("gantry"),
        "start": request.args.get("from"),
        "end": request.args.get("to"),
    }
    sql = f"SELECT {COLUMNS} FROM plate_reads WHERE {where} ORDER BY read_at DESC LIMIT 200"
    with closing(sqlite3.connect(settings.READ_CACHE_PATH)) as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute(sql, params).fetchall()
    return jsonify([dict(r) for r in rows])
