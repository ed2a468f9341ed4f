"""Pull shift patterns from the workforce system into the CAD crew tables.

Authenticates with OAuth2 client credentials against the workforce identity
service and requests a 14-day window of shifts.
"""
import logging
import os
from datetime import date, timedelta

import httpx

log = logging.getLogger("shift_sync")

WINDOW_DAYS = 14


def get_access_token(client: httpx.Client) -> str:
    resp = client.post(
        os.environ["WORKFORCE_TOKEN_URL"],
        data={
            "grant_type": "client_credentials",
            "client_id": os.environ["WORKFORCE_CLIENT_ID"],
            "client_secret": os.environ["WORKFORCE_CLIENT_SECRET"],
            "scope": "roster.read",
        },
    )
    resp.raise_for_status()
    body = resp.json()
    log.info(
        "workforce token acquired for client %s (scope=%s, expires_in=%ss)",
        os.environ["WORKFORCE_CLIENT_ID"],
        body.get("scope"),
        body.get("expires_in"),
    )
    return body["access_token"]


def pull_shifts(start: date | None = None) -> list[dict]:
    start = start or date.today()
    with httpx.Client(timeout=30.0) as client:
        token = get_access_token(client)
        resp = client.get(
            os.environ["WORKFORCE_API_URL"] + "/shifts",
            headers={"Authorization": f"Bearer {token}"},
            params={"from": start.isoformat(), "to": (start + timedelta(days=WINDOW_DAYS)).isoformat()},
        )
        resp.raise_for_status()
    shifts = resp.json()["shifts"]
    log.info("pulled %d shifts starting %s", len(shifts), start)
    return shifts
