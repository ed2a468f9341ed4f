"""Queries behind the admin dashboard's audit log page."""
from datetime import datetime

from psycopg import sql
from psycopg.rows import dict_row

SORT_COLUMNS = {"time": "occurred_at", "actor": "actor_email", "action": "action"}
PAGE_SIZE = 50


def audit_log_page(
    conn,
    tenant_id: int,
    *,
    action: str | None = None,
    since: datetime | None = None,
    sort: str = "time",
    page: int = 0,
):
    column = SORT_COLUMNS.get(sort, "occurred_at")
    clauses = [sql.SQL("tenant_id = %(tenant_id)s")]
    params = {"tenant_id": tenant_id, "limit": PAGE_SIZE, "offset": max(page, 0) * PAGE_SIZE}
    if action:
        clauses.append(sql.SQL("action = %(action)s"))
        params["action"] = action
    if since:
        clauses.append(sql.SQL("occurred_at >= %(since)s"))
        params["since"] = since

    query = sql.SQL(
        "SELECT id, occurred_at, actor_email, action, target FROM audit_events "
        "WHERE {where} ORDER BY {order} DESC LIMIT %(limit)s OFFSET %(offset)s"
    ).format(
        where=sql.SQL(" AND ").join(clauses),
        order=sql.Identifier(column),
    )
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(query, params)
        return cur.fetchall()
