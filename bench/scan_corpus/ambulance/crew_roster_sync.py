"""Nightly sync of crew rosters from the workforce system into CAD.

Pulls the next 14 days of shifts over the workforce system's OAuth2-protected
API and upserts them into the CAD ``crew_shifts`` table so dispatchers see who
is on which vehicle.
"""
import logging
import os
from datetime import date, timedelta

import requests
from sqlalchemy import create_engine, text

log = logging.getLogger("roster_sync")

WINDOW_DAYS = 14


def fetch_token(session: requests.Session) -> str:
    resp = session.post(
        os.environ["WORKFORCE_TOKEN_URL"],
        data={
            "grant_type": "client_credentials",
            "client_id": os.environ["WORKFORCE_CLIENT_ID"],
            "client_secret": os.environ["WORKFORCE_CLIENT_SECRET"],
            "scope": "roster.read",
        },
        timeout=20,
    )
    resp.raise_for_status()
    body = resp.json()
    log.debug("workforce token acquired: %s (expires in %ss)", body["access_token"], body.get("expires_in"))
    return body["access_token"]


def fetch_shifts(session: requests.Session, token: str, start: date, end: date) -> list[dict]:
    resp = session.get(
        os.environ["WORKFORCE_API_URL"] + "/shifts",
        headers={"Authorization": f"Bearer {token}"},
        params={"from": start.isoformat(), "to": end.isoformat(), "unit": "A&E"},
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json()["shifts"]


UPSERT = text(
    """
    INSERT INTO crew_shifts (shift_id, staff_no, callsign, station, starts_at, ends_at, grade)
    VALUES (:shift_id, :staff_no, :callsign, :station, :starts_at, :ends_at, :grade)
    ON CONFLICT (shift_id) DO UPDATE SET
        callsign = EXCLUDED.callsign, station = EXCLUDED.station,
        starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at, grade = EXCLUDED.grade
    """
)


def run() -> int:
    engine = create_engine(os.environ["CAD_DATABASE_URL"])
    start = date.today()
    with requests.Session() as session:
        token = fetch_token(session)
        shifts = fetch_shifts(session, token, start, start + timedelta(days=WINDOW_DAYS))
    with engine.begin() as conn:
        conn.execute(UPSERT, shifts)
    log.info("synced %d shifts from %s", len(shifts), start)
    return len(shifts)


if __name__ == "__main__":
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    run()
