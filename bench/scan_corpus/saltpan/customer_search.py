"""Customer search for the sales desk.

Used by the order-taking screen: staff type part of a restaurant or
distributor name and pick the account from a dropdown.
"""
from dataclasses import dataclass
from typing import List, Optional

import psycopg2
import psycopg2.extras


@dataclass
class CustomerHit:
    customer_id: int
    name: str
    segment: str
    city: str
    on_hold: bool


class CustomerDirectory:
    def __init__(self, dsn: str, limit: int = 25):
        self._dsn = dsn
        self._limit = limit

    def _query(self, sql: str, params: tuple = ()) -> list:
        with psycopg2.connect(self._dsn) as conn:
            with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
                cur.execute(sql, params)
                return cur.fetchall()

    def search(self, term: str, segment: Optional[str] = None) -> List[CustomerHit]:
        term = term.strip()
        sql = (
            "SELECT id, name, segment, city, credit_hold FROM customers "
            f"WHERE name ILIKE '%%{term}%%'"
        )
        params: tuple = ()
        if segment in ("restaurant", "wholesale", "retail"):
            sql += " AND segment = %s"
            params = (segment,)
        sql += " ORDER BY name LIMIT %s"
        params += (self._limit,)
        return [
            CustomerHit(r["id"], r["name"], r["segment"], r["city"], r["credit_hold"])
            for r in self._query(sql, params)
        ]

    def by_id(self, customer_id: int) -> Optional[CustomerHit]:
        rows = self._query(
            "SELECT id, name, segment, city, credit_hold FROM customers WHERE id = %s",
            (customer_id,),
        )
        if not rows:
            return None
        r = rows[0]
        return CustomerHit(r["id"], r["name"], r["segment"], r["city"], r["credit_hold"])
