"""Authenticated HTTP session for the waterway authority's lock booking API."""
import os
from functools import lru_cache

import httpx

from bargeman.settings import settings


def _auth_headers() -> dict[str, str]:
    token = os.environ["WATERWAY_API_TOKEN"]
    return {"Authorization": f"Bearer {token}", "Accept": "application/json"}


@lru_cache(maxsize=1)
def waterway_client() -> httpx.Client:
    return httpx.Client(
        base_url=settings.WATERWAY_API_URL,
        headers=_auth_headers(),
        timeout=httpx.Timeout(15.0, connect=5.0),
    )


def request_lock_slot(lock_code: str, eni_number: str, earliest: str, latest: str) -> dict:
    resp = waterway_client().post(
        "/v1/lock-slots/requests",
        json={
            "lock": lock_code,
            "vessel": {"eni": eni_number},
            "window": {"earliest": earliest, "latest": latest},
        },
    )
    resp.raise_for_status()
    return resp.json()


def slot_status(request_id: str) -> str:
    resp = waterway_client().get(f"/v1/lock-slots/requests/{request_id}")
    resp.raise_for_status()
    return resp.json()["status"]
