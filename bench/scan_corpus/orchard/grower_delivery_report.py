"""Delivery history report for growers in the self-service portal.

Growers can sort and filter their delivered loads by intake date, variety
and grade. Sorting columns come from a fixed mapping.
"""
import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import List, Optional

SORT_COLUMNS = {
    "date": "d.intake_date",
    "variety": "d.variety",
    "net": "d.net_kg",
    "grade": "d.class1_pct",
}


@dataclass
class DeliveryRow:
    load_no: str
    intake_date: str
    variety: str
    net_kg: float
    class1_pct: float


def _order_by(sort: str, descending: bool) -> str:
    column = SORT_COLUMNS.get(sort, SORT_COLUMNS["date"])
    return f"{column} {'DESC' if descending else 'ASC'}"


def delivery_history(
    conn: sqlite3.Connection,
    grower_id: int,
    since: date,
    variety: Optional[str] = None,
    sort: str = "date",
    descending: bool = True,
) -> List[DeliveryRow]:
    clauses = ["d.grower_id = ?", "d.intake_date >= ?"]
    params: list = [grower_id, since.isoformat()]
    if variety:
        clauses.append("d.variety = ?")
        params.append(variety)
    sql = (
        "SELECT d.load_no, d.intake_date, d.variety, d.net_kg, d.class1_pct "
        "FROM deliveries d WHERE " + " AND ".join(clauses) +
        f" ORDER BY {_order_by(sort, descending)}"
    )
    cur = conn.execute(sql, params)
    return [DeliveryRow(*row) for row in cur.fetchall()]


def season_summary(conn: sqlite3.Connection, grower_id: int, season: int) -> dict:
    cur = conn.execute(
        "SELECT variety, SUM(net_kg), AVG(class1_pct) FROM deliveries "
        "WHERE grower_id = ? AND strftime('%Y', intake_date) = ? GROUP BY variety",
        (grower_id, str(season)),
    )
    return {variety: {"net_kg": kg, "class1_pct": round(pct or 0, 1)} for variety, kg, pct in cur}


if __name__ == "__main__":
    import sys

    db = sqlite3.connect(sys.argv[1])
    for row in delivery_history(db, int(sys.argv[2]), date(2024, 8, 1), sort=sys.argv[3] if len(sys.argv) > 3 else "date"):
        print(row)
