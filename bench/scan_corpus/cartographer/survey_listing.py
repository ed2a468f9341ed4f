"""Paginated survey listing for a surveyor's dashboard."""
import psycopg
from psycopg.rows import dict_row

from cartographer.config import settings

SORTABLE_COLUMNS = {
    "captured": "captured_on",
    "title": "title",
    "county": "county",
    "area": "area_hectares",
}
DEFAULT_SORT = "captured"


def _order_by(sort_key: str, direction: str) -> str:
    column = SORTABLE_COLUMNS.get(sort_key, SORTABLE_COLUMNS[DEFAULT_SORT])
    order = "DESC" if direction.lower() == "desc" else "ASC"
    return f"{column} {order}, id {order}"


def list_surveys(owner_id: int, sort_key: str = DEFAULT_SORT, direction: str = "desc",
                 page: int = 1, per_page: int = 25) -> dict:
    per_page = max(1, min(per_page, 100))
    offset = (max(page, 1) - 1) * per_page
    query = (
        "SELECT id, title, county, area_hectares, captured_on FROM surveys "
        f"WHERE owner_id = %s AND archived = false ORDER BY {_order_by(sort_key, direction)} "
        "LIMIT %s OFFSET %s"
    )
    with psycopg.connect(settings.DATABASE_URL, row_factory=dict_row) as conn:
        rows = conn.execute(query, (owner_id, per_page, offset)).fetchall()
        total = conn.execute(
            "SELECT count(*) AS n FROM surveys WHERE owner_id = %s AND archived = false",
            (owner_id,),
        ).fetchone()["n"]
    return {"page": page, "per_page": per_page, "total": total, "items": rows}
