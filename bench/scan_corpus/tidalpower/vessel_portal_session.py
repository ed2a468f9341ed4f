"""HTTP session for the crew transfer vessel charter portal."""

from __future__ import annotations

import logging
import os
from datetime import date

import requests

log = logging.getLogger("tidal.vessels.portal")


def _trace_response(resp: requests.Response, *args, **kwargs) -> None:
    req = resp.request
    log.debug(
        "portal %s %s -> %s headers=%s",
        req.method,
        req.url,
        resp.status_code,
        dict(req.headers),
    )


class CharterPortal:
    """Books crew transfer vessel slots for turbine maintenance campaigns."""

    def __init__(self, base_url: str, api_token: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers.update(
            {"Authorization": f"Bearer {api_token}", "Accept": "application/json"}
        )
        self.session.hooks["response"].append(_trace_response)

    def availability(self, day: date, port: str) -> list[dict]:
        resp = self.session.get(
            f"{self.base_url}/availability",
            params={"date": day.isoformat(), "port": port},
            timeout=15,
        )
        resp.raise_for_status()
        return resp.json()["vessels"]

    def book(self, vessel_id: str, day: date, turbine_ids: list[str]) -> str:
        resp = self.session.post(
            f"{self.base_url}/bookings",
            json={"vessel": vessel_id, "date": day.isoformat(), "work_sites": turbine_ids},
            timeout=20,
        )
        resp.raise_for_status()
        return resp.json()["booking_ref"]


def portal_from_env() -> CharterPortal:
    return CharterPortal(os.environ["CHARTER_PORTAL_URL"], os.environ["CHARTER_PORTAL_TOKEN"])
