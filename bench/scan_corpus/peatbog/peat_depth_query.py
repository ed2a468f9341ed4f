"""Peat depth probe survey lookups.

Survey teams push a probe into the bog on a 50 m grid and record the depth
to mineral soil; planners use it to decide where dams can be keyed in.
"""
import sqlite3
from dataclasses import dataclass
from typing import List, Optional

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("peat_depth", __name__, url_prefix="/api/peat-depth")


@dataclass
class ProbePoint:
    grid_ref: str
    depth_cm: int
    surveyed_on: str
    surveyor: str


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["SURVEY_DB"])
    conn.row_factory = sqlite3.Row
    return conn


def probes_for_site(site_code: str, min_depth: int, surveyor: Optional[str]) -> List[ProbePoint]:
    sql = (
        "SELECT grid_ref, depth_cm, surveyed_on, surveyor FROM probe_points "
        "WHERE site_code = ? AND depth_cm >= ?"
    )
    params: list = [site_code, min_depth]
    if surveyor:
        sql += " AND surveyor = ?"
        params.append(surveyor)
    sql += " ORDER BY grid_ref"
    with _connect() as conn:
        rows = conn.execute(sql, params).fetchall()
    return [ProbePoint(r["grid_ref"], r["depth_cm"], r["surveyed_on"], r["surveyor"]) for r in rows]


@bp.get("/<site_code>")
def site_probes(site_code: str):
    min_depth = request.args.get("min_depth", default=0, type=int)
    surveyor = request.args.get("surveyor")
    points = probes_for_site(site_code, min_depth, surveyor)
    return jsonify(
        {
            "site": site_code,
            "count": len(points),
            "deep_peat": sum(1 for p in points if p.depth_cm >= 50),
            "points": [p.__dict__ for p in points],
        }
    )
