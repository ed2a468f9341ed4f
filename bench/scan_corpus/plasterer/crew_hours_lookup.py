"""Hours booked per crew member across selected sites, for job costing."""
import sqlite3
from collections import defaultdict
from datetime import date
from typing import Dict, Iterable, List

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("crew_hours", __name__)


def _placeholders(n: int) -> str:
    return ",".join("?" * n)


def hours_by_site(conn: sqlite3.Connection, site_ids: List[int],
                  start: date, end: date) -> Dict[int, Dict[str, float]]:
    if not site_ids:
        return {}
    sql = (
        "SELECT t.site_id, c.full_name, SUM(t.hours_normal + t.hours_overtime) "
        "  FROM timesheets t JOIN crew_members c ON c.id = t.crew_member_id "
        f" WHERE t.site_id IN ({_placeholders(len(site_ids))}) "
        "   AND t.work_date BETWEEN ? AND ? "
        " GROUP BY t.site_id, c.full_name"
    )
    result: Dict[int, Dict[str, float]] = defaultdict(dict)
    for site_id, name, hours in conn.execute(sql, (*site_ids, start.isoformat(), end.isoformat())):
        result[site_id][name] = round(hours, 2)
    return dict(result)


def _parse_ids(raw: Iterable[str]) -> List[int]:
    ids = []
    for part in raw:
        part = part.strip()
        if part:
            ids.append(int(part))
    return ids


@bp.get("/api/costing/crew-hours")
def crew_hours():
    site_ids = _parse_ids(request.args.get("sites", "").split(","))
    start = date.fromisoformat(request.args["from"])
    end = date.fromisoformat(request.args["to"])
    conn = sqlite3.connect(current_app.config["JOBS_DB"])
    try:
        data = hours_by_site(conn, site_ids, start, end)
    finally:
        conn.close()
    return jsonify({str(k): v for k, v in data.items()})
