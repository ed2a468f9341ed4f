"""Pulls recent check-ins of our beers from the Untappd API for the taproom dashboard."""
from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime

import requests

log = logging.getLogger(__name__)

UNTAPPD_API = "https://api.untappd.com/v4"
UNTAPPD_CLIENT_ID = "4C1B7E2A95D04F3E8B6A0C9D12E7F5A3"
UNTAPPD_CLIENT_SECRET = "e8f31a6c7b2d40959c4a1f0b6d3e27a8c5f19b04"
BREWERY_ID = 348112


@dataclass
class Checkin:
    checkin_id: int
    beer_name: str
    rating: float
    venue: str
    created_at: datetime


def fetch_checkins(min_id: int | None = None, limit: int = 50) -> list[Checkin]:
    params = {
        "client_id": UNTAPPD_CLIENT_ID,
        "client_secret": UNTAPPD_CLIENT_SECRET,
        "limit": limit,
    }
    if min_id is not None:
        params["min_id"] = min_id
    resp = requests.get(f"{UNTAPPD_API}/brewery/checkins/{BREWERY_ID}", params=params, timeout=15)
    resp.raise_for_status()
    items = resp.json()["response"]["checkins"]["items"]
    result = []
    for item in items:
        result.append(
            Checkin(
                checkin_id=item["checkin_id"],
                beer_name=item["beer"]["beer_name"],
                rating=float(item.get("rating_score") or 0),
                venue=(item.get("venue") or {}).get("venue_name", ""),
                created_at=datetime.strptime(item["created_at"], "%a, %d %b %Y %H:%M:%S %z"),
            )
        )
    return result


def sync(db_path: str = "dashboard.db") -> int:
    conn = sqlite3.connect(db_path)
    conn.execute(
        "CREATE TABLE IF NOT EXISTS checkins (id INTEGER PRIMARY KEY, beer TEXT, rating REAL,"
        " venue TEXT, created_at TEXT)"
    )
    last = conn.execute("SELECT MAX(id) FROM checkins").fetchone()[0]
    new = fetch_checkins(min_id=last)
    conn.executemany(
        "INSERT OR IGNORE INTO checkins VALUES (?, ?, ?, ?, ?)",
        [(c.checkin_id, c.beer_name, c.rating, c.venue, c.created_at.isoformat()) for c in new],
    )
    conn.commit()
    conn.close()
    log.info("stored %d new check-ins", len(new))
    return len(new)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sync()
