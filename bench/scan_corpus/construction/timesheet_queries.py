"""Queries behind the timesheet approval screen."""
from datetime import date

from psycopg2 import sql

SORTABLE_COLUMNS = {"employee": "e.surname", "date": "t.work_date", "hours": "t.hours", "cost_code": "t.cost_code"}


def build_timesheet_query(site_code: str, week_start: date, week_end: date,
                          status: str | None = None, sort: str = "date", descending: bool = False):
    conditions = [sql.SQL("t.site_code = %s"), sql.SQL("t.work_date BETWEEN %s AND %s")]
    params: list = [site_code, week_start, week_end]
    if status:
        conditions.append(sql.SQL("t.status = %s"))
        params.append(status)

    table, column = SORTABLE_COLUMNS.get(sort, "t.work_date").split(".")
    query = sql.SQL(
        "SELECT t.id, e.employee_no, e.surname, t.work_date, t.hours, t.cost_code, t.status "
        "FROM timesheet_lines t JOIN employees e ON e.id = t.employee_id "
        "WHERE {where} ORDER BY {order} {direction}"
    ).format(
        where=sql.SQL(" AND ").join(conditions),
        order=sql.Identifier(table, column),
        direction=sql.SQL("DESC" if descending else "ASC"),
    )
    return query, params


def fetch_timesheets(conn, site_code: str, week_start: date, week_end: date, **kwargs) -> list[tuple]:
    query, params = build_timesheet_query(site_code, week_start, week_end, **kwargs)
    with conn.cursor() as cur:
        cur.execute(query, params)
        return cur.fetchall()


def approve_lines(conn, line_ids: list[int], approver_id: int) -> int:
    with conn.cursor() as cur:
        cur.execute(
            "UPDATE timesheet_lines SET status = 'approved', approved_by = %s, approved_at = now() "
            "WHERE id = ANY(%s) AND status = 'submitted'",
            (approver_id, line_ids),
        )
        updated = cur.rowcount
    conn.commit()
    return updated
