"""Search helpers behind the science archive's /search endpoint."""
from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Engine

BASE_QUERY = """
SELECT obs_id, target_name, instrument, filter_name, exptime, date_obs, file_path
FROM observations
WHERE release_date <= CURRENT_DATE
"""
MAX_ROWS = 1000


def build_search(filters: dict) -> tuple[str, dict]:
    sql = BASE_QUERY
    params: dict = {}

    if filters.get("instrument"):
        sql += " AND instrument = :instrument"
        params["instrument"] = filters["instrument"]
    if filters.get("night"):
        sql += " AND date_obs::date = :night"
        params["night"] = date.fromisoformat(filters["night"])
    if filters.get("target"):
        # observers type wildcards the shell way, e.g. "NGC 12*"
        pattern = filters["target"].replace("*", "%")
        sql += f" AND target_name ILIKE '{pattern}'"

    sql += " ORDER BY date_obs DESC LIMIT :limit"
    params["limit"] = min(int(filters.get("limit", 100)), MAX_ROWS)
    return sql, params


def search(engine: Engine, filters: dict) -> list[dict]:
    sql, params = build_search(filters)
    with engine.connect() as conn:
        rows = conn.execute(text(sql), params).mappings().all()
    return [dict(row) for row in rows]
