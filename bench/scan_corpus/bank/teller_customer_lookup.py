"""Customer search for the branch teller screen.

Tellers search by surname prefix, optionally narrowed to their own branch.
Results are capped so a single-letter search can't pull the whole book.
"""
from __future__ import annotations

from dataclasses import dataclass

import psycopg2
import psycopg2.extras

RESULT_LIMIT = 50
BASE_QUERY = """
    SELECT c.customer_id, c.given_name, c.surname, c.date_of_birth, a.account_no, a.branch_code
      FROM customers c
      JOIN accounts a ON a.customer_id = c.customer_id
"""


@dataclass
class CustomerHit:
    customer_id: int
    given_name: str
    surname: str
    date_of_birth: str
    account_no: str
    branch_code: str


def build_search(surname: str, branch_code: str | None = None) -> str:
    where = f"WHERE c.surname ILIKE '{surname.strip()}%%'"
    if branch_code is not None:
        where += " AND a.branch_code = %(branch)s"
    return f"{BASE_QUERY} {where} ORDER BY c.surname, c.given_name LIMIT {RESULT_LIMIT}"


def search_customers(conn, surname: str, branch_code: str | None = None) -> list[CustomerHit]:
    query = build_search(surname, branch_code)
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(query, {"branch": branch_code})
        return [CustomerHit(**row) for row in cur.fetchall()]
