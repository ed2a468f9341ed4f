"""Imports the diocesan organ inventory feed.

The diocese publishes an XML feed of all instruments in its churches
(builder, year, manuals, listed status); the workshop uses it to plan
tuning rounds and spot restoration leads.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import requests
from defusedxml import ElementTree as SafeET

log = logging.getLogger(__name__)


@dataclass
class InventoryEntry:
    church: str
    town: str
    builder: str
    year: int
    manuals: int
    listed: bool


def fetch_feed(url: str) -> bytes:
    response = requests.get(url, timeout=30, headers={"Accept": "application/xml"})
    response.raise_for_status()
    return response.content


def parse_feed(payload: bytes) -> list[InventoryEntry]:
    root = SafeET.fromstring(payload)
    entries = []
    for node in root.iter("instrument"):
        try:
            entries.append(
                InventoryEntry(
                    church=(node.findtext("church") or "").strip(),
                    town=(node.findtext("town") or "").strip(),
                    builder=(node.findtext("builder") or "unknown").strip(),
                    year=int(node.findtext("year") or 0),
                    manuals=int(node.findtext("manuals") or 1),
                    listed=(node.get("listed") == "yes"),
                )
            )
        except ValueError:
            log.warning("skipping malformed instrument entry in feed")
    return entries


def restoration_leads(entries: list[InventoryEntry], before_year: int = 1900) -> list[InventoryEntry]:
    return sorted(
        (e for e in entries if e.listed and 0 < e.year < before_year),
        key=lambda e: (e.year, e.town),
    )


if __name__ == "__main__":
    feed = parse_feed(fetch_feed(os.environ["DIOCESE_INVENTORY_URL"]))
    for lead in restoration_leads(feed):
        print(f"{lead.year}  {lead.builder:25} {lead.church}, {lead.town}")
