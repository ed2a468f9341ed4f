"""Customer lookup used by the phone team and the quote builder.

Matches on surname, email, phone or postcode so an estimator can pick up the
customer record when a repeat customer asks for a kitchen splashback quote.
"""
from dataclasses import dataclass
from typing import List, Optional

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine


@dataclass
class Customer:
    id: int
    name: str
    email: Optional[str]
    phone: Optional[str]
    postcode: str
    jobs: int


LOOKUP_SQL = text(
    """
    SELECT c.id, c.first_name || ' ' || c.surname AS name, c.email, c.phone, c.postcode,
           COUNT(j.id) AS jobs
    FROM customers c
    LEFT JOIN jobs j ON j.customer_id = c.id
    WHERE c.surname ILIKE :pattern
       OR c.email ILIKE :pattern
       OR c.phone LIKE :digits
       OR replace(c.postcode, ' ', '') ILIKE :postcode
    GROUP BY c.id
    ORDER BY MAX(j.created_at) DESC NULLS LAST
    LIMIT :limit
    """
)


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _digits_pattern(term: str) -> str:
    digits = "".join(ch for ch in term if ch.isdigit())
    return f"%{digits}%" if digits else ""


class CustomerLookup:
    def __init__(self, engine: Engine):
        self.engine = engine

    @classmethod
    def from_url(cls, url: str) -> "CustomerLookup":
        return cls(create_engine(url, pool_pre_ping=True))

    def search(self, term: str, limit: int = 20) -> List[Customer]:
        term = term.strip()
        if len(term) < 2:
            return []
        escaped = _escape_like(term)
        params = {
            "pattern": f"%{escaped}%",
            "digits": _digits_pattern(term),
            "postcode": f"{escaped.replace(' ', '')}%",
            "limit": min(limit, 50),
        }
        with self.engine.connect() as conn:
            rows = conn.execute(LOOKUP_SQL, params).mappings().all()
        return [Customer(**row) for row in rows]
