"""Query helpers for the per-field yield report (psycopg 3)."""
from psycopg import Connection, sql

SORTABLE_COLUMNS = {
    "field": "f.name",
    "crop": "h.crop",
    "yield": "h.yield_t_ha",
    "moisture": "h.moisture_pct",
    "harvested": "h.harvested_on",
}


def _order_clause(sort: str, descending: bool) -> sql.Composed:
    column = SORTABLE_COLUMNS.get(sort, SORTABLE_COLUMNS["field"])
    table, name = column.split(".")
    direction = sql.SQL("DESC") if descending else sql.SQL("ASC")
    return sql.SQL("ORDER BY {} {}").format(sql.Identifier(table, name), direction)


def build_yield_query(sort: str, descending: bool) -> sql.Composed:
    return sql.SQL(
        "SELECT f.name, h.crop, h.yield_t_ha, h.moisture_pct, h.harvested_on "
        "FROM harvests h JOIN fields f ON f.id = h.field_id "
        "WHERE f.farm_id = %(farm_id)s AND h.season = %(season)s {order}"
    ).format(order=_order_clause(sort, descending))


def yield_rows(conn: Connection, farm_id: int, season: int, sort: str = "field", descending: bool = False) -> list[tuple]:
    query = build_yield_query(sort, descending)
    with conn.cursor() as cur:
        cur.execute(query, {"farm_id": farm_id, "season": season})
        return cur.fetchall()
