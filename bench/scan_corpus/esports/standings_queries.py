"""Standings queries for the league tables page.

Sorting is user-selectable, so the ORDER BY clause is picked from a fixed
mapping; all filter values go through bound parameters.
"""
from sqlalchemy import text
from sqlalchemy.engine import Connection

SORT_COLUMNS = {
    "points": "s.points DESC, s.map_diff DESC",
    "wins": "s.wins DESC, s.points DESC",
    "map_diff": "s.map_diff DESC, s.points DESC",
    "name": "t.name ASC",
}

_BASE = """
    SELECT t.id, t.name, t.tag, s.wins, s.losses, s.points, s.map_diff
    FROM standings s
    JOIN teams t ON t.id = s.team_id
    WHERE s.season_id = :season_id AND s.division = :division
"""


def standings_sql(sort: str) -> str:
    order_by = SORT_COLUMNS.get(sort, SORT_COLUMNS["points"])
    return f"{_BASE} ORDER BY {order_by} LIMIT :limit"


def fetch_standings(conn: Connection, season_id: int, division: str, sort: str = "points", limit: int = 50):
    stmt = text(standings_sql(sort))
    rows = conn.execute(stmt, {"season_id": season_id, "division": division, "limit": limit})
    return [dict(r._mapping) for r in rows]


def search_teams(conn: Connection, season_id: int, query: str):
    stmt = text(
        "SELECT t.id, t.name FROM teams t JOIN standings s ON s.team_id = t.id "
        "WHERE s.season_id = :season_id AND t.name ILIKE :pattern ORDER BY t.name LIMIT 20"
    )
    escaped = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = conn.execute(stmt, {"season_id": season_id, "pattern": f"%{escaped}%"})
    return [dict(r._mapping) for r in rows]
