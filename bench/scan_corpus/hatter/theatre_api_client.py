"""Client for the ticketing/production API of partner theatres (production schedules)."""
import logging
from typing import Any

import httpx

from hatter.config import settings

log = logging.getLogger(__name__)

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie"}


def loggable_headers(headers: httpx.Headers) -> dict[str, str]:
    return {k: ("***" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


class TheatreScheduleClient:
    def __init__(self, base_url: str, api_key: str):
        self._client = httpx.Client(
            base_url=base_url,
            headers={"X-Api-Key": api_key, "Accept": "application/json"},
            timeout=15,
        )

    def _get(self, path: str, **params: Any) -> dict:
        resp = self._client.get(path, params=params)
        if resp.is_error:
            log.warning(
                "theatre API %s %s -> %s; headers=%s",
                resp.request.method, resp.request.url.path, resp.status_code,
                loggable_headers(resp.request.headers),
            )
            resp.raise_for_status()
        return resp.json()

    def production_dates(self, production_code: str) -> dict:
        data = self._get(f"/productions/{production_code}")
        return {"tech": data["tech_rehearsal"], "dress": data["dress_rehearsal"], "opening": data["opening_night"]}

    def close(self) -> None:
        self._client.close()


def deadlines_for(contracts: list) -> dict[int, dict]:
    out = {}
    for contract in contracts:
        partner = settings.THEATRE_PARTNERS[contract.theatre]
        client = TheatreScheduleClient(partner["base_url"], partner["api_key"])
        try:
            out[contract.id] = client.production_dates(contract.production_code)
        finally:
            client.close()
    return out
