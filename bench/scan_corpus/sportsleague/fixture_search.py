"""Fixture search used by the public fixtures page and the club admin area."""
import sqlite3
from dataclasses import dataclass
from typing import Optional

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("fixture_search", __name__)

BASE_QUERY = (
    "SELECT f.id, f.kickoff, h.name AS home, a.name AS away, v.name AS venue, f.status "
    "FROM fixtures f "
    "JOIN clubs h ON h.id = f.home_club_id "
    "JOIN clubs a ON a.id = f.away_club_id "
    "JOIN venues v ON v.id = f.venue_id"
)


@dataclass
class FixtureFilter:
    club: Optional[str] = None
    venue: Optional[str] = None
    division: Optional[int] = None


def build_query(flt: FixtureFilter) -> str:
    clauses = []
    if flt.club:
        clauses.append(f"(h.name LIKE '%{flt.club}%' OR a.name LIKE '%{flt.club}%')")
    if flt.venue:
        clauses.append(f"v.name = '{flt.venue}'")
    if flt.division is not None:
        clauses.append(f"f.division_id = {int(flt.division)}")
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    return BASE_QUERY + where + " ORDER BY f.kickoff LIMIT 200"


def run_search(conn: sqlite3.Connection, flt: FixtureFilter) -> list[dict]:
    conn.row_factory = sqlite3.Row
    rows = conn.execute(build_query(flt)).fetchall()
    return [dict(r) for r in rows]


@bp.get("/api/fixtures")
def search_fixtures():
    flt = FixtureFilter(
        club=request.args.get("club"),
        venue=request.args.get("venue"),
        division=request.args.get("division", type=int),
    )
    with sqlite3.connect(current_app.config["LEAGUE_DB_PATH"]) as conn:
        return jsonify(run_search(conn, flt))
