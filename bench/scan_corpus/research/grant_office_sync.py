"""Nightly sync of active awards from the research office API.

The portal links HPC allocations to grant awards so PIs can report compute
usage against each award. This job pulls the list of active awards and
upserts them into the portal database.
"""
from __future__ import annotations

import logging
import os
from datetime import date

import requests
from sqlalchemy import create_engine, text

log = logging.getLogger("grant_office_sync")

RO_API_URL = os.environ.get("RO_API_URL", "")
RO_API_TOKEN = os.environ.get("RO_API_TOKEN", "ro_pat_5d8e2b7c41f9a06e3b1c9d4f7a2e8b60c3d5f91a")
PAGE_SIZE = 200


def fetch_awards(session: requests.Session, since: date) -> list[dict]:
    awards, page = [], 1
    while True:
        resp = session.get(
            f"{RO_API_URL.rstrip('/')}/v2/awards",
            params={"status": "active", "modified_since": since.isoformat(),
                    "page": page, "page_size": PAGE_SIZE},
            timeout=30,
        )
        resp.raise_for_status()
        batch = resp.json()["results"]
        awards.extend(batch)
        if len(batch) < PAGE_SIZE:
            return awards
        page += 1


def upsert_awards(engine, awards: list[dict]) -> int:
    stmt = text(
        "INSERT INTO grant_awards (award_number, title, pi_username, sponsor, end_date) "
        "VALUES (:award_number, :title, :pi, :sponsor, :end_date) "
        "ON CONFLICT (award_number) DO UPDATE SET title = EXCLUDED.title, "
        "pi_username = EXCLUDED.pi_username, sponsor = EXCLUDED.sponsor, "
        "end_date = EXCLUDED.end_date"
    )
    rows = [
        {
            "award_number": a["award_number"],
            "title": a["title"][:500],
            "pi": a["pi"]["netid"],
            "sponsor": a.get("sponsor", {}).get("name"),
            "end_date": a.get("end_date"),
        }
        for a in awards
    ]
    with engine.begin() as conn:
        conn.execute(stmt, rows)
    return len(rows)


def main() -> int:
    if not RO_API_URL:
        raise SystemExit("RO_API_URL is not set")
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {RO_API_TOKEN}"
    engine = create_engine(os.environ["PORTAL_DATABASE_URL"])
    awards = fetch_awards(session, since=date.today().replace(month=1, day=1))
    count = upsert_awards(engine, awards)
    log.info("synced %d active awards", count)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    raise SystemExit(main())
