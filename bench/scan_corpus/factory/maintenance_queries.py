"""Read queries for the maintenance planning service."""
import sqlite3
from datetime import date


def _connect(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    return conn


def open_orders_for_assets(db_path: str, asset_tags: list[str], before: date) -> list[dict]:
    if not asset_tags:
        return []
    placeholders = ", ".join("?" for _ in asset_tags)
    sql = (
        "SELECT wo_number, asset_tag, task, due_date FROM work_orders "
        f"WHERE asset_tag IN ({placeholders}) AND due_date < ? AND status <> 'closed' "
        "ORDER BY due_date"
    )
    with _connect(db_path) as conn:
        rows = conn.execute(sql, (*asset_tags, before.isoformat())).fetchall()
    return [dict(r) for r in rows]


def technician_load(db_path: str, technician: str) -> int:
    with _connect(db_path) as conn:
        row = conn.execute(
            "SELECT COUNT(*) FROM work_orders WHERE assigned_to = ? AND status = 'open'",
            (technician,),
        ).fetchone()
    return int(row[0])
