"""Search volunteers for the coordinator dashboard."""
from sqlalchemy import text
from sqlalchemy.engine import Engine

SORTABLE = {
    "name": "v.last_name, v.first_name",
    "station": "s.name",
    "shift": "sh.starts_at",
}

BASE_QUERY = """
SELECT v.id, v.first_name, v.last_name, v.email, s.name AS station, sh.starts_at
FROM volunteers v
JOIN shifts sh ON sh.volunteer_id = v.id
JOIN stations s ON s.id = sh.station_id
WHERE sh.race_id = :race_id
"""


def build_search(filters: dict, sort: str = "name") -> tuple[str, dict]:
    sql = BASE_QUERY
    params = {"race_id": filters["race_id"]}
    if filters.get("station"):
        sql += " AND s.name = :station"
        params["station"] = filters["station"]
    if filters.get("q"):
        sql += " AND (v.last_name ILIKE :q OR v.email ILIKE :q)"
        params["q"] = f"%{filters['q']}%"
    order = SORTABLE.get(sort, SORTABLE["name"])
    sql += f" ORDER BY {order} LIMIT :limit"
    params["limit"] = min(int(filters.get("limit", 50)), 500)
    return sql, params


def search_volunteers(engine: Engine, filters: dict, sort: str = "name") -> list[dict]:
    sql, params = build_search(filters, sort)
    with engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(text(sql), params)]
