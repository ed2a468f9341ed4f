"""Axle service history report for the depot engineer's desk."""
import sqlite3
from contextlib import closing

from wheeltapper.config import settings

SORT_COLUMNS = {
    "date": "inspected_on",
    "wear": "flange_thickness_mm",
    "diameter": "tread_diameter_mm",
    "mileage": "axle_km",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def _order_by(sort: str, direction: str) -> str:
    column = SORT_COLUMNS.get(sort, "inspected_on")
    order = DIRECTIONS.get(direction.lower(), "DESC")
    return f"{column} {order}"


def axle_history(axle_serial: str, sort: str = "date", direction: str = "desc",
                 limit: int = 100) -> list[dict]:
    query = (
        "SELECT inspected_on, depot_code, tread_diameter_mm, flange_thickness_mm, "
        "flange_height_mm, axle_km, inspector_card FROM axle_measurements "
        f"WHERE axle_serial = ? ORDER BY {_order_by(sort, direction)} LIMIT ?"
    )
    with closing(sqlite3.connect(settings.HISTORY_DB_PATH)) as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute(query, (axle_serial, int(limit))).fetchall()
    return [dict(r) for r in rows]


def diameter_loss_per_10k_km(axle_serial: str) -> float | None:
    rows = axle_history(axle_serial, sort="mileage", direction="asc", limit=500)
    if len(rows) < 2:
        return None
    first, last = rows[0], rows[-1]
    distance = last["axle_km"] - first["axle_km"]
    if distance <= 0:
        return None
    loss = first["tread_diameter_mm"] - last["tread_diameter_mm"]
    return round(loss / distance * 10_000, 3)
