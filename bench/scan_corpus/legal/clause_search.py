"""Full-text-ish clause lookup used by the contract review sidebar."""
from dataclasses import dataclass

import psycopg
from psycopg.rows import class_row

DEFAULT_LIMIT = 50


@dataclass
class ClauseHit:
    id: int
    contract_id: int
    heading: str
    body: str


def _clause_query(term: str) -> str:
    return (
        "SELECT c.id, c.contract_id, c.heading, c.body "
        "FROM contract_clauses c "
        "JOIN contracts k ON k.id = c.contract_id "
        f"WHERE k.archived = false AND c.body ILIKE '%{term}%' "
        "ORDER BY c.contract_id, c.position"
    )


def search_clauses(conn: psycopg.Connection, term: str, limit: int = DEFAULT_LIMIT) -> list[ClauseHit]:
    sql = _clause_query(term.strip())
    with conn.cursor(row_factory=class_row(ClauseHit)) as cur:
        cur.execute(sql + " LIMIT %s", (min(limit, 500),))
        return cur.fetchall()


def clause_counts_by_type(conn: psycopg.Connection, contract_id: int) -> dict[str, int]:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT clause_type, count(*) FROM contract_clauses "
            "WHERE contract_id = %s GROUP BY clause_type",
            (contract_id,),
        )
        return dict(cur.fetchall())
