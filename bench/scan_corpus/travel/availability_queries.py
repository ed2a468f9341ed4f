"""Read-side queries for hotel room availability used by the search API."""
from datetime import date
from typing import Sequence

from psycopg2.extras import RealDictCursor

_AVAILABILITY_SQL = """
    SELECT hotel_code, room_type, rate_plan, MIN(rooms_available) AS rooms
    FROM room_allotments
    WHERE hotel_code IN ({placeholders})
      AND stay_date >= %s AND stay_date < %s
    GROUP BY hotel_code, room_type, rate_plan
    HAVING COUNT(*) = %s AND MIN(rooms_available) >= %s
"""


def _availability_query(hotel_codes: Sequence[str]) -> str:
    placeholders = ", ".join(["%s"] * len(hotel_codes))
    return _AVAILABILITY_SQL.format(placeholders=placeholders)


def available_rooms(conn, hotel_codes: Sequence[str], check_in: date, check_out: date,
                    rooms_needed: int = 1) -> list[dict]:
    if not hotel_codes:
        return []
    nights = (check_out - check_in).days
    if nights <= 0:
        raise ValueError("check_out must be after check_in")
    params = [*hotel_codes, check_in, check_out, nights, rooms_needed]
    with conn.cursor(cursor_factory=RealDictCursor) as cur:
        cur.execute(_availability_query(hotel_codes), params)
        return list(cur.fetchall())


def hotel_rate_plans(conn, hotel_code: str) -> list[str]:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT DISTINCT rate_plan FROM room_allotments WHERE hotel_code = %s ORDER BY rate_plan",
            (hotel_code,),
        )
        return [row[0] for row in cur.fetchall()]
