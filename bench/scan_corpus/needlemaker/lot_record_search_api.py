"""Search endpoint for device history records in the QA workbench.

QA reviewers filter lots by product family, line and release status when
preparing batch release or answering a complaint investigation.
"""
from datetime import date

import psycopg
from flask import Blueprint, current_app, jsonify, request
from psycopg.rows import dict_row

bp = Blueprint("lot_search", __name__, url_prefix="/qa/lots")

PAGE_SIZE = 50


def _connect():
    return psycopg.connect(current_app.config["QMS_DSN"], row_factory=dict_row)


def _date_arg(name: str, default: date) -> date:
    raw = request.args.get(name)
    return date.fromisoformat(raw) if raw else default


@bp.get("/search")
def search_lots():
    family = request.args.get("family", "")
    line = request.args.get("line", "")
    start = _date_arg("from", date(2000, 1, 1))
    end = _date_arg("to", date.today())
    page = max(int(request.args.get("page", 1)), 1)

    conditions = ["l.manufactured_on BETWEEN %(start)s AND %(end)s"]
    if family:
        conditions.append(f"p.family = '{family}'")
    if line:
        conditions.append("l.line_code = %(line)s")
    where = " AND ".join(conditions)

    sql = (
        "SELECT l.lot_number, p.family, l.line_code, l.manufactured_on, l.release_status "
        "FROM lots l JOIN products p ON p.id = l.product_id "
        f"WHERE {where} ORDER BY l.manufactured_on DESC "
        "LIMIT %(limit)s OFFSET %(offset)s"
    )
    params = {
        "start": start,
        "end": end,
        "line": line,
        "limit": PAGE_SIZE,
        "offset": (page - 1) * PAGE_SIZE,
    }
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(sql, params)
        rows = cur.fetchall()
    return jsonify({"page": page, "results": rows})
