"""Sortable tower directory listing for the association website."""
import sqlite3
from contextlib import closing

from bellringer.settings import settings

SORTABLE_COLUMNS = {
    "place": "t.place",
    "bells": "t.bells",
    "tenor": "t.tenor_weight_cwt",
    "district": "d.name",
}
DEFAULT_SORT = "place"
PAGE_SIZE = 25


def _order_by(sort_key: str, descending: bool) -> str:
    column = SORTABLE_COLUMNS.get(sort_key, SORTABLE_COLUMNS[DEFAULT_SORT])
    return f"{column} {'DESC' if descending else 'ASC'}, t.id"


def list_towers(sort_key: str = DEFAULT_SORT, descending: bool = False, page: int = 1,
                district: str | None = None) -> list[dict]:
    where = "WHERE t.active = 1"
    params: list[object] = []
    if district:
        where += " AND d.code = ?"
        params.append(district)
    sql = (
        "SELECT t.id, t.place, t.dedication, t.bells, t.tenor_weight_cwt, d.name AS district "
        "FROM towers t JOIN districts d ON d.id = t.district_id "
        f"{where} ORDER BY {_order_by(sort_key, descending)} LIMIT ? OFFSET ?"
    )
    params.extend([PAGE_SIZE, (max(page, 1) - 1) * PAGE_SIZE])
    with closing(sqlite3.connect(settings.REGISTRY_DB_PATH)) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(sql, params)]


def count_towers(district: str | None = None) -> int:
    sql = "SELECT COUNT(*) FROM towers t JOIN districts d ON d.id = t.district_id WHERE t.active = 1"
    params: tuple = ()
    if district:
        sql += " AND d.code = ?"
        params = (district,)
    with closing(sqlite3.connect(settings.REGISTRY_DB_PATH)) as conn:
        return conn.execute(sql, params).fetchone()[0]
