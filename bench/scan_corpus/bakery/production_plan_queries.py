"""Queries behind the production plan board in the bakery control room."""
from datetime import date

from psycopg import sql
from psycopg.rows import dict_row

SORTABLE_COLUMNS = {
    "start": "planned_start",
    "line": "line_no",
    "product": "product_code",
    "dough": "dough_batch_kg",
}


def plan_query(sort_key: str, descending: bool) -> sql.Composed:
    column = SORTABLE_COLUMNS.get(sort_key, "planned_start")
    return sql.SQL(
        "SELECT line_no, product_code, recipe_version, dough_batch_kg, planned_start, status "
        "FROM production_plan "
        "WHERE plan_date = %s AND line_no = ANY(%s) "
        "ORDER BY {column} {direction}"
    ).format(
        column=sql.Identifier(column),
        direction=sql.SQL("DESC" if descending else "ASC"),
    )


def fetch_plan(conn, plan_date: date, lines: list[int], sort_key: str = "start", descending: bool = False) -> list[dict]:
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(plan_query(sort_key, descending), (plan_date, [int(n) for n in lines]))
        return cur.fetchall()


def mark_started(conn, line_no: int, product_code: str, plan_date: date) -> int:
    with conn.cursor() as cur:
        cur.execute(
            "UPDATE production_plan SET status = 'running', actual_start = now() "
            "WHERE plan_date = %s AND line_no = %s AND product_code = %s AND status = 'planned'",
            (plan_date, line_no, product_code),
        )
        return cur.rowcount
