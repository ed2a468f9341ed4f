"""Search screen for organ restoration projects.

Office staff filter restoration jobs by county, builder of the original
instrument and project stage, and sort the list by any column shown in the
grid (church, quote date, estimated value, stage).
"""
import sqlite3
from dataclasses import dataclass

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("restorations", __name__, url_prefix="/restorations")

DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


@dataclass
class ProjectFilter:
    county: str | None
    original_builder: str | None
    stage: str | None
    sort: str
    direction: str

    @classmethod
    def from_args(cls, args) -> "ProjectFilter":
        return cls(
            county=args.get("county"),
            original_builder=args.get("builder"),
            stage=args.get("stage"),
            sort=args.get("sort", "quote_date"),
            direction=DIRECTIONS.get(args.get("dir", "desc").lower(), "DESC"),
        )


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["RESTORATION_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


def fetch_projects(db: sqlite3.Connection, f: ProjectFilter) -> list[dict]:
    clauses, params = [], []
    if f.county:
        clauses.append("county = ?")
        params.append(f.county)
    if f.original_builder:
        clauses.append("original_builder LIKE ?")
        params.append(f"%{f.original_builder}%")
    if f.stage:
        clauses.append("stage = ?")
        params.append(f.stage)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    sql = (
        "SELECT project_code, church, county, original_builder, stage, quote_date, estimate_gbp "
        f"FROM restoration_projects {where} ORDER BY {f.sort} {f.direction}"
    )
    return [dict(r) for r in db.execute(sql, params).fetchall()]


@bp.get("/")
def list_projects():
    filters = ProjectFilter.from_args(request.args)
    return jsonify(fetch_projects(get_db(), filters))
