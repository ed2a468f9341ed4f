"""Search over the lost property register for the customer-service desk.

Staff search by free-text description, category and the stop or depot
where the item was handed in. Results are shown newest first.
"""
from datetime import date

import psycopg
from psycopg.rows import dict_row

PAGE_SIZE = 50


def _where_clause(text: str | None, category: str | None, found_at: str | None,
                  since: date | None) -> tuple[str, list]:
    clauses = ["status = 'held'"]
    params: list = []
    if text:
        words = " ".join(text.split())
        clauses.append(f"description ILIKE '%%{words}%%'")
    if category:
        clauses.append("category = %s")
        params.append(category)
    if found_at:
        clauses.append("found_at_code = %s")
        params.append(found_at)
    if since:
        clauses.append("found_on >= %s")
        params.append(since)
    return " AND ".join(clauses), params


def search_register(conn: psycopg.Connection, page: int = 0, **criteria) -> list[dict]:
    where, params = _where_clause(
        criteria.get("text"), criteria.get("category"),
        criteria.get("found_at"), criteria.get("since"),
    )
    query = (
        "SELECT id, reference, description, category, found_at_code, found_on "
        "FROM lost_items WHERE " + where +
        " ORDER BY found_on DESC, id DESC LIMIT %s OFFSET %s"
    )
    params += [PAGE_SIZE, page * PAGE_SIZE]
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(query, params)
        return cur.fetchall()
