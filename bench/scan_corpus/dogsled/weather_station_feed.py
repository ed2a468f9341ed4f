"""Polls the municipal avalanche-warning XML feed used to plan tour routes."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

import requests
from defusedxml import ElementTree as DefusedET


@dataclass
class AvalancheWarning:
    region: str
    level: int
    valid_from: datetime
    valid_to: datetime
    summary: str


class WarningFeed:
    def __init__(self, url: str | None = None, session: requests.Session | None = None) -> None:
        self.url = url or os.environ["AVALANCHE_FEED_URL"]
        self._session = session or requests.Session()

    def fetch_xml(self) -> bytes:
        resp = self._session.get(self.url, timeout=20)
        resp.raise_for_status()
        return resp.content

    @staticmethod
    def parse(payload: bytes) -> list[AvalancheWarning]:
        root = DefusedET.fromstring(payload)
        out = []
        for node in root.findall("./warning"):
            out.append(
                AvalancheWarning(
                    region=node.findtext("region", ""),
                    level=int(node.findtext("dangerLevel", "0")),
                    valid_from=datetime.fromisoformat(node.findtext("validFrom")),
                    valid_to=datetime.fromisoformat(node.findtext("validTo")),
                    summary=node.findtext("mainText", "").strip(),
                )
            )
        return out

    def for_regions(self, regions: set[str]) -> list[AvalancheWarning]:
        return [w for w in self.parse(self.fetch_xml()) if w.region in regions]


def closed_routes(feed: WarningFeed, route_regions: dict[str, str], threshold: int = 3) -> list[str]:
    warnings = {w.region: w for w in feed.for_regions(set(route_regions.values()))}
    return [route for route, region in route_regions.items() if region in warnings and warnings[region].level >= threshold]
