"""Push tomorrow's showtimes to the regional ticketing aggregator."""
import datetime as dt
import logging

import requests

from cinema.db import get_connection

logger = logging.getLogger("showtime_feed")


def load_showtimes(site_id: int, day: dt.date) -> list[dict]:
    conn = get_connection()
    with conn.cursor() as cur:
        cur.execute(
            "SELECT film_id, screen_no, starts_at, format FROM showtimes "
            "WHERE site_id = %s AND starts_at::date = %s ORDER BY starts_at",
            (site_id, day),
        )
        rows = cur.fetchall()
    return [
        {"film": r[0], "screen": r[1], "start": r[2].isoformat(), "format": r[3]}
        for r in rows
    ]


def push_feed(site_id: int) -> int:
    day = dt.date.today() + dt.timedelta(days=1)
    payload = {"site": site_id, "date": day.isoformat(), "sessions": load_showtimes(site_id, day)}
    resp = requests.post("http://185.62.190.14:8000/feeds/showtimes", json=payload, timeout=15)
    resp.raise_for_status()
    logger.info("pushed %d sessions for site %s", len(payload["sessions"]), site_id)
    return len(payload["sessions"])
