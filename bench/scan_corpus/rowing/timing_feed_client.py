"""Reads live timing events from the regatta timing provider."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

import boto3
import httpx

logger = logging.getLogger("regatta.timing")

TIMING_CONFIG = {
    "base_url": "https://api.racetimingsolutions.co.uk/v2",
    "secret_id": "prod/regatta/timing-feed",
    "region": "eu-west-2",
    "timeout": 10.0,
}


@dataclass(frozen=True)
class TimingEvent:
    race_number: int
    lane: int
    marker: str
    elapsed_ms: int


@lru_cache(maxsize=1)
def _api_token() -> str:
    sm = boto3.client("secretsmanager", region_name=TIMING_CONFIG["region"])
    secret = sm.get_secret_value(SecretId=TIMING_CONFIG["secret_id"])
    return json.loads(secret["SecretString"])["api_token"]


class TimingFeed:
    def __init__(self, regatta_code: str):
        self.regatta_code = regatta_code
        self.cursor: str | None = None
        self.http = httpx.Client(
            base_url=TIMING_CONFIG["base_url"],
            headers={"X-Api-Token": _api_token(), "Accept": "application/json"},
            timeout=TIMING_CONFIG["timeout"],
        )

    def events(self) -> Iterator[TimingEvent]:
        params = {"since": self.cursor} if self.cursor else None
        resp = self.http.get(f"/regattas/{self.regatta_code}/events", params=params)
        resp.raise_for_status()
        body = resp.json()
        self.cursor = body.get("cursor", self.cursor)
        for raw in body.get("events", []):
            try:
                yield TimingEvent(int(raw["race"]), int(raw["lane"]), str(raw["marker"]), int(raw["elapsed_ms"]))
            except (KeyError, TypeError, ValueError):
                logger.warning("Dropping malformed timing event for regatta %s", self.regatta_code)

    def close(self) -> None:
        self.http.close()
