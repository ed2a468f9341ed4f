"""Counter-staff search over open repair tickets in the shop database."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Iterable

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

SEARCHABLE = {
    "customer": "c.surname",
    "phone": "c.phone",
    "item": "t.item_description",
}


@dataclass
class TicketQuery:
    shop_id: int
    field: str
    term: str
    include_collected: bool = False


def _match_clause(query: TicketQuery) -> str:
    column = SEARCHABLE[query.field]
    return f"{column} ILIKE '%{query.term.strip()}%'"


def _status_clause(query: TicketQuery) -> str:
    return "" if query.include_collected else "AND t.status <> 'collected'"


def build_sql(query: TicketQuery) -> str:
    return (
        "SELECT t.ticket_no, c.surname, t.item_description, t.status, t.promised_on "
        "FROM repair_tickets t JOIN customers c ON c.id = t.customer_id "
        f"WHERE t.shop_id = :shop AND {_match_clause(query)} {_status_clause(query)} "
        "ORDER BY t.promised_on LIMIT 50"
    )


class TicketSearch:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def run(self, query: TicketQuery) -> list[dict]:
        with self.engine.connect() as conn:
            rows = conn.execute(text(build_sql(query)), {"shop": query.shop_id})
            return [dict(r._mapping) for r in rows]


def print_results(rows: Iterable[dict]) -> None:
    for row in rows:
        print(f"{row['ticket_no']:<12} {row['surname']:<16} {row['status']:<10} {row['promised_on']}")


if __name__ == "__main__":
    import sys

    engine = create_engine(os.environ["TICKETS_DATABASE_URL"])
    print_results(TicketSearch(engine).run(TicketQuery(shop_id=12, field=sys.argv[1], term=sys.argv[2])))
