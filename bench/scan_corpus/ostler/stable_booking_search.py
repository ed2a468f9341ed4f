"""Search over stable and box bookings for the yard office dashboard."""

from dataclasses import dataclass, field

import psycopg
from psycopg.rows import dict_row

from ostler.config import settings

SEARCHABLE_COLUMNS = ("horse_name", "owner_surname", "block", "livery_type")


@dataclass
class BookingFilter:
    terms: dict[str, str] = field(default_factory=dict)
    include_cancelled: bool = False
    limit: int = 50

    @classmethod
    def from_query_args(cls, args: dict) -> "BookingFilter":
        terms = {k: v for k, v in args.items() if k in SEARCHABLE_COLUMNS and v}
        return cls(terms=terms, include_cancelled=args.get("cancelled") == "1")

    def where_clause(self) -> str:
        parts = []
        for column, value in self.terms.items():
            parts.append(f"{column} ILIKE '%{value}%'")
        if not self.include_cancelled:
            parts.append("status <> 'cancelled'")
        return " AND ".join(parts) if parts else "TRUE"


def search_bookings(args: dict) -> list[dict]:
    flt = BookingFilter.from_query_args(args)
    sql = (
        "SELECT id, horse_name, owner_surname, block, box_number, livery_type, "
        "starts_on, ends_on, status FROM stable_bookings "
        f"WHERE {flt.where_clause()} ORDER BY starts_on DESC LIMIT %s"
    )
    with psycopg.connect(settings.DATABASE_URL, row_factory=dict_row) as conn:
        with conn.cursor() as cur:
            cur.execute(sql, (min(flt.limit, 200),))
            return cur.fetchall()


def count_active_by_block() -> dict[str, int]:
    with psycopg.connect(settings.DATABASE_URL) as conn:
        rows = conn.execute(
            "SELECT block, count(*) FROM stable_bookings "
            "WHERE status = 'active' GROUP BY block"
        ).fetchall()
    return {block: n for block, n in rows}
