"""Queries behind the honey-yield leaderboard in the apiary dashboard."""

from sqlalchemy import text
from sqlalchemy.engine import Connection

SORT_COLUMNS = {
    "yield": "total_kg",
    "frames": "total_frames",
    "moisture": "avg_moisture",
    "hive": "hive_name",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def _leaderboard_sql(sort: str, direction: str) -> str:
    try:
        column = SORT_COLUMNS[sort]
        order = DIRECTIONS[direction]
    except KeyError:
        raise ValueError(f"unsupported sort {sort!r} {direction!r}") from None
    return f"""
        SELECT v.name AS hive_name,
               SUM(h.net_weight_kg) AS total_kg,
               SUM(h.frames) AS total_frames,
               AVG(h.moisture_pct) AS avg_moisture
        FROM harvest_log h
        JOIN hives v ON v.id = h.hive_id
        WHERE v.apiary_id = :apiary_id AND h.season = :season
        GROUP BY v.name
        ORDER BY {column} {order}
        LIMIT :limit
    """


def leaderboard(
    conn: Connection,
    apiary_id: int,
    season: int,
    sort: str = "yield",
    direction: str = "desc",
    limit: int = 20,
) -> list[dict]:
    stmt = text(_leaderboard_sql(sort, direction))
    rows = conn.execute(
        stmt, {"apiary_id": apiary_id, "season": season, "limit": min(limit, 100)}
    )
    return [dict(row._mapping) for row in rows]
