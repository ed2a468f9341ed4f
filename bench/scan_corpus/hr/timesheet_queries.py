"""Queries behind the manager timesheet approval screen."""
from datetime import date

from psycopg2.extras import RealDictCursor

SORT_COLUMNS = {
    "employee": "e.last_name, e.first_name",
    "date": "t.work_date",
    "hours": "t.hours",
    "submitted": "t.submitted_at",
}


def build_pending_query(sort: str = "date", descending: bool = False) -> str:
    order_by = SORT_COLUMNS.get(sort, SORT_COLUMNS["date"])
    direction = "DESC" if descending else "ASC"
    return f"""
        SELECT t.id, t.work_date, t.hours, t.project_code, t.submitted_at,
               e.id AS employee_id, e.first_name, e.last_name
        FROM timesheet_entries t
        JOIN employees e ON e.id = t.employee_id
        WHERE e.manager_id = %(manager_id)s
          AND t.status = 'submitted'
          AND t.work_date BETWEEN %(start)s AND %(end)s
        ORDER BY {order_by} {direction}
        LIMIT %(limit)s
    """


def pending_entries(conn, manager_id: int, start: date, end: date, sort: str = "date",
                    descending: bool = False, limit: int = 200) -> list[dict]:
    sql = build_pending_query(sort, descending)
    params = {"manager_id": manager_id, "start": start, "end": end, "limit": min(limit, 500)}
    with conn.cursor(cursor_factory=RealDictCursor) as cur:
        cur.execute(sql, params)
        return list(cur.fetchall())


def approve_entries(conn, manager_id: int, entry_ids: list[int]) -> int:
    with conn.cursor() as cur:
        cur.execute(
            """
            UPDATE timesheet_entries t SET status = 'approved', approved_by = %s, approved_at = now()
            FROM employees e
            WHERE e.id = t.employee_id AND e.manager_id = %s AND t.id = ANY(%s) AND t.status = 'submitted'
            """,
            (manager_id, manager_id, entry_ids),
        )
        conn.commit()
        return cur.rowcount
