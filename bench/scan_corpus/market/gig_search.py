"""Full-text-ish search over published gigs (PostgreSQL)."""
from dataclasses import dataclass

import psycopg


@dataclass
class SearchParams:
    keyword: str
    category: str | None = None
    max_price: int | None = None
    limit: int = 20


def _build_query(params: SearchParams) -> str:
    clauses = ["g.status = 'published'", f"g.title ILIKE '%{params.keyword}%'"]
    if params.category:
        clauses.append(f"c.slug = '{params.category}'")
    if params.max_price is not None:
        clauses.append(f"g.price_cents <= {int(params.max_price)}")
    where = " AND ".join(clauses)
    return (
        "SELECT g.id, g.title, g.price_cents, s.display_name "
        "FROM gigs g JOIN categories c ON c.id = g.category_id "
        "JOIN sellers s ON s.id = g.seller_id "
        f"WHERE {where} ORDER BY g.rating DESC LIMIT {int(params.limit)}"
    )


def search_gigs(conn: psycopg.Connection, params: SearchParams) -> list[tuple]:
    sql = _build_query(params)
    with conn.cursor() as cur:
        cur.execute(sql)
        return cur.fetchall()
