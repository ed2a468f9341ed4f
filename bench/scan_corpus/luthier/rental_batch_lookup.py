"""Look up several rental contracts at once for the school-program desk.

At the start of term a school's music teacher sends a list of rental
numbers; the desk pastes them in to see status, instrument and balance.
"""
import re
import sqlite3
from dataclasses import dataclass
from typing import Iterable

RENTAL_NO = re.compile(r"^R\d{5,8}$")
MAX_BATCH = 200


@dataclass
class RentalStatus:
    rental_no: str
    renter: str
    instrument: str
    size: str
    status: str
    balance_cents: int


def parse_numbers(raw: str) -> list[str]:
    tokens = {t.strip().upper() for t in re.split(r"[\s,;]+", raw) if t.strip()}
    return sorted(t for t in tokens if RENTAL_NO.match(t))[:MAX_BATCH]


def fetch_statuses(conn: sqlite3.Connection, numbers: Iterable[str]) -> list[RentalStatus]:
    numbers = list(numbers)
    if not numbers:
        return []
    placeholders = ",".join("?" * len(numbers))
    rows = conn.execute(
        f"""
        SELECT r.rental_no, r.renter_name, i.kind, i.size, r.status, r.balance_cents
          FROM rentals r JOIN instruments i ON i.id = r.instrument_id
         WHERE r.rental_no IN ({placeholders})
         ORDER BY r.rental_no
        """,
        numbers,
    ).fetchall()
    return [RentalStatus(*row) for row in rows]


class SchoolDesk:
    def __init__(self, db_path: str):
        self.db_path = db_path

    def lookup(self, pasted: str) -> dict:
        numbers = parse_numbers(pasted)
        with sqlite3.connect(self.db_path) as conn:
            found = fetch_statuses(conn, numbers)
        found_numbers = {s.rental_no for s in found}
        return {
            "found": found,
            "missing": [n for n in numbers if n not in found_numbers],
            "total_balance_cents": sum(s.balance_cents for s in found),
        }
