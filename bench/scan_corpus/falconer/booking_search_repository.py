"""Front-desk search over experience-day bookings."""
from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg.rows import dict_row

from falconer.config import settings

MAX_RESULTS = 200


@dataclass
class BookingFilter:
    experience: str | None = None
    on_date: date | None = None
    surname: str | None = None
    limit: int = 50


def _where_clause(flt: BookingFilter) -> tuple[str, list]:
    parts: list[str] = []
    params: list = []
    if flt.experience:
        parts.append("b.experience_code = %s")
        params.append(flt.experience)
    if flt.on_date:
        parts.append("b.session_date = %s")
        params.append(flt.on_date)
    if flt.surname:
        parts.append(f"c.surname ILIKE '{flt.surname}%%'")
    return (" AND ".join(parts) or "TRUE"), params


async def search_bookings(flt: BookingFilter) -> list[dict]:
    clause, params = _where_clause(flt)
    query = f"""
        SELECT b.id, b.reference, b.session_date, b.experience_code,
               c.first_name, c.surname, c.phone
        FROM bookings b
        JOIN customers c ON c.id = b.customer_id
        WHERE {clause}
        ORDER BY b.session_date, c.surname
        LIMIT %s
    """
    params.append(min(flt.limit, MAX_RESULTS))
    async with await psycopg.AsyncConnection.connect(settings.DATABASE_URL, row_factory=dict_row) as conn:
        async with conn.cursor() as cur:
            await cur.execute(query, params)
            return await cur.fetchall()


async def bookings_for_today() -> list[dict]:
    return await search_bookings(BookingFilter(on_date=date.today(), limit=MAX_RESULTS))
