"""Clause lookup queries for the contract review sidebar."""
from typing import Iterable, Sequence

import psycopg

SORT_COLUMNS = {
    "contract": "c.contract_id, c.position",
    "recent": "k.signed_on DESC NULLS LAST",
    "heading": "c.heading",
}


def _build_clause_query(clause_types: Sequence[str], sort: str) -> str:
    order_by = SORT_COLUMNS.get(sort, SORT_COLUMNS["contract"])
    sql = (
        "SELECT c.id, c.contract_id, c.heading, c.body "
        "FROM contract_clauses c JOIN contracts k ON k.id = c.contract_id "
        "WHERE k.archived = false AND c.body ILIKE %s"
    )
    if clause_types:
        placeholders = ", ".join(["%s"] * len(clause_types))
        sql += f" AND c.clause_type IN ({placeholders})"
    return sql + f" ORDER BY {order_by} LIMIT %s"


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_clauses(
    conn: psycopg.Connection,
    term: str,
    clause_types: Iterable[str] = (),
    sort: str = "contract",
    limit: int = 50,
) -> list[tuple]:
    types = list(clause_types)
    sql = _build_clause_query(types, sort)
    params = [f"%{_escape_like(term.strip())}%", *types, min(limit, 500)]
    with conn.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall()
