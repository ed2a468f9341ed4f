"""Parse the XML inventory feed published by exchange network partners.

Each partner publishes the weeks it has deposited into the exchange pool as an
XML document. We download it, parse it and upsert the weeks into our search
index.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import requests
from lxml import etree


@dataclass
class InventoryWeek:
    inventory_id: str
    resort_code: str
    check_in: date
    nights: int
    bedrooms: int
    trading_power: int


class InventoryFeedParser:
    def __init__(self) -> None:
        self._parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)

    def parse(self, payload: bytes) -> list[InventoryWeek]:
        root = etree.fromstring(payload, parser=self._parser)
        weeks = []
        for node in root.iterfind("week"):
            weeks.append(
                InventoryWeek(
                    inventory_id=node.get("id"),
                    resort_code=node.findtext("resort", "").strip(),
                    check_in=date.fromisoformat(node.findtext("checkIn")),
                    nights=int(node.findtext("nights", "7")),
                    bedrooms=int(node.findtext("bedrooms", "0")),
                    trading_power=int(node.findtext("tradingPower", "0")),
                )
            )
        return weeks


class InventoryFeedSync:
    def __init__(self, index, parser: InventoryFeedParser | None = None) -> None:
        self._index = index
        self._parser = parser or InventoryFeedParser()
        self._http = requests.Session()
        self._http.headers["User-Agent"] = "timeshare-inventory-sync/3.2"

    def sync_partner(self, partner_code: str) -> int:
        url = os.environ[f"FEED_URL_{partner_code.upper()}"]
        resp = self._http.get(url, timeout=30)
        resp.raise_for_status()
        weeks = self._parser.parse(resp.content)
        for week in weeks:
            self._index.upsert(partner_code, week)
        return len(weeks)
