"""Queries behind the trust & safety report queue."""
from __future__ import annotations

from psycopg import sql
from psycopg.rows import dict_row

SORTABLE = {
    "created": "created_at",
    "severity": "severity",
    "reporter": "reporter_id",
}
DIRECTIONS = {"asc": sql.SQL("ASC"), "desc": sql.SQL("DESC")}


def list_reports(conn, *, status: str, reasons: list[str], sort: str = "created",
                 direction: str = "desc", limit: int = 50, offset: int = 0) -> list[dict]:
    column = SORTABLE.get(sort, "created_at")
    order = DIRECTIONS.get(direction, DIRECTIONS["desc"])

    query = sql.SQL(
        "SELECT id, reporter_id, reported_id, reason, severity, status, created_at "
        "FROM safety_reports WHERE status = %s"
    )
    params: list = [status]
    if reasons:
        placeholders = sql.SQL(", ").join(sql.Placeholder() * len(reasons))
        query += sql.SQL(" AND reason IN ({})").format(placeholders)
        params.extend(reasons)
    query += sql.SQL(" ORDER BY {} {} LIMIT %s OFFSET %s").format(sql.Identifier(column), order)
    params.extend([min(limit, 200), max(offset, 0)])

    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(query, params)
        return cur.fetchall()


def escalate(conn, report_id: int, moderator_id: int) -> None:
    with conn.cursor() as cur:
        cur.execute(
            "UPDATE safety_reports SET status = 'escalated', assigned_to = %s, updated_at = now() WHERE id = %s",
            (moderator_id, report_id),
        )
