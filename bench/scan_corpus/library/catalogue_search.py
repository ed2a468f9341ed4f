"""Keyword search over the bibliographic catalogue (PostgreSQL backend)."""
from dataclasses import dataclass

import psycopg2.extras

FORMATS = {"book", "ebook", "audiobook", "dvd", "periodical", "score"}
PAGE_SIZE = 25


@dataclass
class SearchRequest:
    terms: str
    material_format: str | None = None
    branch_code: str | None = None
    page: int = 1


def _build_query(req: SearchRequest) -> tuple[str, list]:
    clauses = ["b.suppressed = false"]
    params: list = []
    if req.terms:
        clauses.append("b.search_vector @@ plainto_tsquery('simple', '" + req.terms + "')")
    if req.material_format in FORMATS:
        clauses.append("b.format = %s")
        params.append(req.material_format)
    if req.branch_code:
        clauses.append(
            "EXISTS (SELECT 1 FROM items i WHERE i.bib_id = b.id AND i.branch_code = %s)"
        )
        params.append(req.branch_code)
    sql = (
        "SELECT b.id, b.title, b.author, b.pub_year, b.format "
        "FROM bibs b WHERE " + " AND ".join(clauses) +
        " ORDER BY b.pub_year DESC NULLS LAST LIMIT %s OFFSET %s"
    )
    params += [PAGE_SIZE, (max(req.page, 1) - 1) * PAGE_SIZE]
    return sql, params


def search(conn, req: SearchRequest) -> list[dict]:
    sql, params = _build_query(req)
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(sql, params)
        return list(cur.fetchall())
