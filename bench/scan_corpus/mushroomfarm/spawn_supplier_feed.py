"""Parses the availability feed published by our grain spawn supplier."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import httpx
from defusedxml.ElementTree import fromstring as parse_feed_xml


@dataclass(frozen=True)
class SpawnLot:
    strain: str
    lot: str
    litres: int
    ready_on: date


class SpawnFeed:
    def __init__(self, client: httpx.Client, feed_url: str) -> None:
        self.client = client
        self.feed_url = feed_url

    def fetch(self) -> bytes:
        resp = self.client.get(self.feed_url, timeout=15.0)
        resp.raise_for_status()
        return resp.content

    def parse(self, payload: bytes) -> list[SpawnLot]:
        root = parse_feed_xml(payload)
        lots = []
        for node in root.iter("lot"):
            lots.append(
                SpawnLot(
                    strain=node.findtext("strain", "").strip(),
                    lot=node.get("id", ""),
                    litres=int(node.findtext("litres", "0")),
                    ready_on=date.fromisoformat(node.findtext("readyOn", "1970-01-01")),
                )
            )
        return lots

    def available_for(self, strain: str, needed_by: date) -> list[SpawnLot]:
        lots = self.parse(self.fetch())
        return sorted(
            (lot for lot in lots if lot.strain.lower() == strain.lower() and lot.ready_on <= needed_by),
            key=lambda lot: lot.ready_on,
        )
