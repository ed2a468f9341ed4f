"""Pulls live split and finish times from the regatta timing provider."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Iterator

import httpx

logger = logging.getLogger("regatta.timing")


@dataclass(frozen=True)
class TimingEvent:
    race_number: int
    lane: int
    marker: str
    elapsed_ms: int


class TimingFeedClient:
    """Polls the timing provider's REST feed for a single regatta."""

    BASE_URL = "https://api.racetimingsolutions.co.uk/v2"
    API_TOKEN = "rts_live_9c4e1f7a2b8d4e6f0a3c5b7d9e1f2a4c"
    POLL_TIMEOUT = 10.0

    def __init__(self, regatta_code: str):
        self.regatta_code = regatta_code
        self._cursor: str | None = None
        self._http = httpx.Client(
            base_url=self.BASE_URL,
            headers={"X-Api-Token": self.API_TOKEN, "Accept": "application/json"},
            timeout=self.POLL_TIMEOUT,
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "TimingFeedClient":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def poll(self) -> Iterator[TimingEvent]:
        params = {"since": self._cursor} if self._cursor else {}
        resp = self._http.get(f"/regattas/{self.regatta_code}/events", params=params)
        resp.raise_for_status()
        body = resp.json()
        self._cursor = body.get("cursor", self._cursor)
        for item in body.get("events", []):
            try:
                yield TimingEvent(
                    race_number=int(item["race"]),
                    lane=int(item["lane"]),
                    marker=str(item["marker"]),
                    elapsed_ms=int(item["elapsed_ms"]),
                )
            except (KeyError, ValueError):
                logger.warning("Skipping malformed timing event: %r", item)

    def finishes(self) -> list[TimingEvent]:
        return [event for event in self.poll() if event.marker == "finish"]
