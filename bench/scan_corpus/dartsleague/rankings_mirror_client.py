"""Pulls county rankings from the regional darts association's mirror.

The nightly job merges these into our own rankings table so the league site
can show each player's county position next to their league average.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterator

import httpx

log = logging.getLogger(__name__)


@dataclass
class RankingRow:
    player_name: str
    county: str
    points: int
    position: int


class RankingsMirrorClient:
    def __init__(
        self,
        base_url: str,
        token: str,
        timeout: float = 10.0,
        verify_tls: bool = False,
    ) -> None:
        self._client = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
            timeout=timeout,
            verify=verify_tls,
        )

    def __enter__(self) -> "RankingsMirrorClient":
        return self

    def __exit__(self, *exc) -> None:
        self._client.close()

    def iter_county(self, county: str, page_size: int = 200) -> Iterator[RankingRow]:
        page = 1
        while True:
            resp = self._client.get(
                "/api/v2/rankings",
                params={"county": county, "page": page, "per_page": page_size},
            )
            resp.raise_for_status()
            body = resp.json()
            for item in body.get("results", []):
                yield RankingRow(
                    player_name=item["name"],
                    county=item["county"],
                    points=int(item["points"]),
                    position=int(item["position"]),
                )
            if not body.get("next"):
                break
            page += 1


def sync_counties(counties: list[str]) -> dict[str, list[RankingRow]]:
    base_url = os.environ["RANKINGS_MIRROR_URL"]
    token = os.environ["RANKINGS_MIRROR_TOKEN"]
    out: dict[str, list[RankingRow]] = {}
    with RankingsMirrorClient(base_url, token) as client:
        for county in counties:
            rows = list(client.iter_county(county))
            log.info("fetched %d ranking rows for %s", len(rows), county)
            out[county] = rows
    return out
