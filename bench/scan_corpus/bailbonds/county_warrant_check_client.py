"""Warrant and hold check against the county sheriff's records API.

Before writing a bond, the agent checks whether the defendant has other
holds or out-of-county warrants that would keep them in custody anyway.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date

import httpx

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WarrantHit:
    warrant_number: str
    issuing_agency: str
    offense: str
    issued_on: date
    extraditable: bool


@dataclass(frozen=True)
class SheriffApiConfig:
    base_url: str
    api_key: str
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "SheriffApiConfig":
        return cls(os.environ["SHERIFF_API_URL"], os.environ["SHERIFF_API_KEY"])


class WarrantCheckClient:
    def __init__(self, config: SheriffApiConfig):
        self._client = httpx.Client(
            base_url=config.base_url,
            headers={"X-Api-Key": config.api_key, "Accept": "application/json"},
            timeout=config.timeout,
        )

    def __enter__(self) -> "WarrantCheckClient":
        return self

    def __exit__(self, *exc) -> None:
        self._client.close()

    def check(self, last_name: str, first_name: str, dob: date) -> list[WarrantHit]:
        resp = self._client.get(
            "/v2/warrants/search",
            params={"last_name": last_name, "first_name": first_name, "dob": dob.isoformat()},
        )
        resp.raise_for_status()
        hits = [
            WarrantHit(
                warrant_number=item["number"],
                issuing_agency=item["agency"],
                offense=item.get("offense", ""),
                issued_on=date.fromisoformat(item["issued"]),
                extraditable=bool(item.get("extraditable")),
            )
            for item in resp.json().get("results", [])
        ]
        log.info("warrant check for %s, %s returned %d hits", last_name, first_name, len(hits))
        return hits


def precheck(last_name: str, first_name: str, dob: date) -> bool:
    with WarrantCheckClient(SheriffApiConfig.from_env()) as client:
        return not client.check(last_name, first_name, dob)
