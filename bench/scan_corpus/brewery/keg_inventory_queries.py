"""Read-only queries behind the keg inventory screen."""
from __future__ import annotations

SORTABLE_COLUMNS = {
    "serial": "k.serial",
    "size": "k.size_litres",
    "last_seen": "e.recorded_at",
    "location": "e.location",
}


def _order_clause(sort: str, descending: bool) -> str:
    column = SORTABLE_COLUMNS.get(sort, "k.serial")
    return f"ORDER BY {column} {'DESC' if descending else 'ASC'}"


def build_inventory_query(status: str | None, sort: str, descending: bool) -> tuple[str, list]:
    sql = (
        "SELECT k.serial, k.size_litres, e.event, e.location, e.recorded_at "
        "FROM kegs k JOIN LATERAL ("
        "  SELECT event, location, recorded_at FROM keg_events "
        "  WHERE serial = k.serial ORDER BY recorded_at DESC LIMIT 1"
        ") e ON TRUE WHERE k.retired = FALSE"
    )
    params: list = []
    if status:
        sql += " AND e.event = %s"
        params.append(status)
    return f"{sql} {_order_clause(sort, descending)}", params


def inventory(conn, status: str | None = None, sort: str = "serial",
              descending: bool = False) -> list[tuple]:
    sql, params = build_inventory_query(status, sort, descending)
    with conn.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall()


def overdue_kegs(conn, days: int = 60) -> list[tuple]:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT serial, location, recorded_at FROM keg_events ke "
            "WHERE event = 'shipped' AND recorded_at < now() - make_interval(days => %s) "
            "AND NOT EXISTS (SELECT 1 FROM keg_events r WHERE r.serial = ke.serial "
            "AND r.recorded_at > ke.recorded_at)",
            (days,),
        )
        return cur.fetchall()
