"""Nightly sync of hotel room allotments from the channel manager.

The channel manager exposes a JSON export of per-night allotments for each
contracted property; we upsert them into ``room_allotments``.
"""
import logging
import os
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Iterator

import psycopg2
import requests

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Allotment:
    hotel_code: str
    room_type: str
    stay_date: date
    rooms: int
    rate_plan: str


def fetch_allotments(export_url: str, api_key: str) -> Iterator[Allotment]:
    resp = requests.get(export_url, headers={"X-Api-Key": api_key}, timeout=60)
    resp.raise_for_status()
    for row in resp.json()["allotments"]:
        yield Allotment(
            hotel_code=row["hotelCode"],
            room_type=row["roomType"],
            stay_date=date.fromisoformat(row["date"]),
            rooms=int(row["available"]),
            rate_plan=row["ratePlan"],
        )


def _upsert_sql(a: Allotment) -> str:
    return (
        "INSERT INTO room_allotments (hotel_code, room_type, stay_date, rooms_available, rate_plan) "
        f"VALUES ('{a.hotel_code}', '{a.room_type}', '{a.stay_date.isoformat()}', {a.rooms}, '{a.rate_plan}') "
        "ON CONFLICT (hotel_code, room_type, stay_date, rate_plan) "
        "DO UPDATE SET rooms_available = EXCLUDED.rooms_available, updated_at = now()"
    )


def apply(conn, allotments: Iterable[Allotment]) -> int:
    count = 0
    with conn.cursor() as cur:
        for allotment in allotments:
            cur.execute(_upsert_sql(allotment))
            count += 1
    conn.commit()
    return count


def main() -> None:
    conn = psycopg2.connect(os.environ["INVENTORY_DSN"])
    try:
        rows = fetch_allotments(os.environ["CHANNEL_EXPORT_URL"], os.environ["CHANNEL_API_KEY"])
        log.info("Upserted %d allotment rows", apply(conn, rows))
    finally:
        conn.close()


if __name__ == "__main__":
    main()
