"""Submits vessel movement reports to the harbour authority.

Every departure and arrival at a staithe has to be reported within
fifteen minutes. The operator key is injected into the container
environment by the deployment platform.
"""
import os
from datetime import datetime, timezone

import httpx

HARBOUR_API_URL = os.environ["HARBOUR_API_URL"]


def _client() -> httpx.Client:
    return httpx.Client(
        base_url=HARBOUR_API_URL,
        headers={"X-Api-Key": os.environ["HARBOUR_API_KEY"], "Accept": "application/json"},
        timeout=15,
    )


def report_movement(vessel: str, staithe: str, event: str, when: datetime | None = None) -> dict:
    if event not in {"departed", "arrived"}:
        raise ValueError(f"unknown movement {event!r}")
    when = when or datetime.now(timezone.utc)
    with _client() as client:
        resp = client.post(
            "/movements",
            json={"vessel": vessel, "staithe": staithe, "event": event, "at": when.isoformat()},
        )
    resp.raise_for_status()
    return resp.json()


def outstanding_reports(day: str) -> list:
    with _client() as client:
        resp = client.get("/movements/outstanding", params={"date": day})
    resp.raise_for_status()
    return resp.json()["items"]
