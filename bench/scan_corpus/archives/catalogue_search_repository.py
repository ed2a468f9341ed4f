"""Data access for the catalogue search page in the staff cataloguing tool."""

from __future__ import annotations

from dataclasses import dataclass

import psycopg


@dataclass
class SearchRequest:
    text: str
    level: str | None = None
    date_from: int | None = None
    date_to: int | None = None
    limit: int = 50


def build_catalogue_query(req: SearchRequest) -> str:
    clauses = [f"(title ILIKE '%{req.text}%' OR scope_content ILIKE '%{req.text}%')"]
    if req.level:
        clauses.append(f"level = '{req.level}'")
    if req.date_from is not None:
        clauses.append(f"end_year >= {int(req.date_from)}")
    if req.date_to is not None:
        clauses.append(f"start_year <= {int(req.date_to)}")
    where = " AND ".join(clauses)
    return (
        "SELECT reference, title, level, start_year, end_year "
        f"FROM catalogue_entry WHERE {where} ORDER BY reference LIMIT {int(req.limit)}"
    )


class CatalogueRepository:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def search(self, req: SearchRequest) -> list[dict]:
        sql = build_catalogue_query(req)
        with psycopg.connect(self._dsn) as conn, conn.cursor() as cur:
            cur.execute(sql)
            cols = [c.name for c in cur.description]
            return [dict(zip(cols, row)) for row in cur.fetchall()]

    def get(self, reference: str) -> dict | None:
        with psycopg.connect(self._dsn) as conn, conn.cursor() as cur:
            cur.execute(
                "SELECT reference, title, level, scope_content FROM catalogue_entry WHERE reference = %s",
                (reference,),
            )
            row = cur.fetchone()
            if row is None:
                return None
            return dict(zip([c.name for c in cur.description], row))
