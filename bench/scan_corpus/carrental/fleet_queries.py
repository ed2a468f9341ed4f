"""Read-side queries for the fleet availability dashboard."""
from __future__ import annotations

from typing import Sequence

SORT_COLUMNS = {
    "mileage": "v.odometer_km",
    "next_service": "v.next_service_due",
    "registration": "v.registration",
    "idle_days": "idle_days",
}


def _order_by(sort: str, descending: bool) -> str:
    column = SORT_COLUMNS.get(sort, SORT_COLUMNS["registration"])
    return f"{column} {'DESC' if descending else 'ASC'}"


def available_vehicles(
    conn,
    branch_codes: Sequence[str],
    category: str | None = None,
    sort: str = "registration",
    descending: bool = False,
) -> list[tuple]:
    if not branch_codes:
        return []
    placeholders = ", ".join(["%s"] * len(branch_codes))
    params: list = list(branch_codes)
    sql = f"""
        SELECT v.vin, v.registration, v.acriss_code, v.odometer_km, v.next_service_due,
               CURRENT_DATE - v.last_returned_on AS idle_days
          FROM vehicles v
         WHERE v.branch_code IN ({placeholders})
           AND v.status = 'available'
    """
    if category:
        sql += " AND v.acriss_code LIKE %s"
        params.append(f"{category[:1].upper()}%")
    sql += f" ORDER BY {_order_by(sort, descending)}"
    with conn.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall()
