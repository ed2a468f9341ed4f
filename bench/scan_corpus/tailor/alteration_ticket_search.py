"""Search over alteration tickets (hems, waist adjustments, sleeve shortening)."""
from dataclasses import dataclass

import psycopg2
from psycopg2 import sql

SORTABLE = ("promised_on", "created_at", "surname", "ticket_no")


@dataclass
class TicketQuery:
    shop_code: str
    term: str = ""
    status: str | None = None
    sort: str = "promised_on"
    descending: bool = False
    page: int = 1
    per_page: int = 25


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def build_query(q: TicketQuery) -> tuple[sql.Composed, list]:
    conditions = [sql.SQL("t.shop_code = %s")]
    params: list = [q.shop_code]
    if q.status:
        conditions.append(sql.SQL("t.status = %s"))
        params.append(q.status)
    if q.term:
        conditions.append(sql.SQL("(t.surname ILIKE %s OR t.ticket_no ILIKE %s)"))
        pattern = _like_pattern(q.term)
        params.extend([pattern, pattern])

    sort_col = q.sort if q.sort in SORTABLE else "promised_on"
    query = sql.SQL(
        "SELECT t.ticket_no, t.surname, t.garment, t.work, t.status, t.promised_on "
        "FROM alteration_tickets t WHERE {conds} ORDER BY {col} {direction} LIMIT %s OFFSET %s"
    ).format(
        conds=sql.SQL(" AND ").join(conditions),
        col=sql.Identifier("t", sort_col),
        direction=sql.SQL("DESC" if q.descending else "ASC"),
    )
    per_page = max(1, min(q.per_page, 100))
    params.extend([per_page, (max(q.page, 1) - 1) * per_page])
    return query, params


def search_tickets(conn: "psycopg2.extensions.connection", q: TicketQuery) -> list[tuple]:
    query, params = build_query(q)
    with conn.cursor() as cur:
        cur.execute(query, params)
        return cur.fetchall()
