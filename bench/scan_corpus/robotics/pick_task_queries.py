"""Read and update queries for pick tasks, used by the dispatcher and console."""
from __future__ import annotations

from psycopg2 import sql

SORT_COLUMNS = {"priority", "created_at", "due_at"}


def tasks_for_zones(conn, zone_ids: list[str], statuses: list[str],
                    sort: str = "priority", limit: int = 100) -> list[tuple]:
    if sort not in SORT_COLUMNS:
        sort = "priority"
    query = sql.SQL(
        "SELECT id, sku, zone_id, status, priority, due_at FROM pick_tasks "
        "WHERE zone_id = ANY(%s) AND status = ANY(%s) ORDER BY {} DESC LIMIT %s"
    ).format(sql.Identifier(sort))
    with conn.cursor() as cur:
        cur.execute(query, (zone_ids, statuses, limit))
        return cur.fetchall()


def mark_assigned(conn, task_ids: list[int], robot_serial: str) -> int:
    if not task_ids:
        return 0
    placeholders = ", ".join(["%s"] * len(task_ids))
    query = (
        "UPDATE pick_tasks SET status = 'assigned', robot_serial = %s "
        f"WHERE id IN ({placeholders}) AND status = 'open'"
    )
    with conn.cursor() as cur:
        cur.execute(query, [robot_serial, *task_ids])
        return cur.rowcount
