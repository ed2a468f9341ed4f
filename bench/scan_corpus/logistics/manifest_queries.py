"""Read queries for depot manifests (trailer loads leaving a depot)."""
from datetime import date
from typing import Optional

SORT_COLUMNS = {
    "eta": "m.eta",
    "created": "m.created_at",
    "weight": "m.gross_weight_kg",
    "trailer": "m.trailer_no",
}


def list_manifests(
    conn,
    depot_id: int,
    status: Optional[str] = None,
    departing_on: Optional[date] = None,
    sort: str = "eta",
    descending: bool = False,
    limit: int = 100,
) -> list[tuple]:
    order_col = SORT_COLUMNS.get(sort, SORT_COLUMNS["eta"])
    direction = "DESC" if descending else "ASC"

    sql = (
        "SELECT m.id, m.trailer_no, m.status, m.eta, m.gross_weight_kg "
        "FROM manifests m WHERE m.depot_id = %s"
    )
    params: list = [depot_id]
    if status:
        sql += " AND m.status = %s"
        params.append(status)
    if departing_on:
        sql += " AND m.departure_date = %s"
        params.append(departing_on)
    sql += f" ORDER BY {order_col} {direction} LIMIT %s"
    params.append(max(1, min(int(limit), 500)))

    with conn.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall()


def manifest_lines(conn, manifest_id: int) -> list[tuple]:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT l.shipment_id, l.pallets, l.weight_kg FROM manifest_lines l "
            "WHERE l.manifest_id = %s ORDER BY l.position",
            (manifest_id,),
        )
        return cur.fetchall()
