"""Parser for the XML push feed of the in-play odds provider.

The push receiver hands each POST body to ``parse_update``; the result is fed to
the same normaliser as the REST snapshots.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from lxml import etree

# the provider's documents declare market and period names as entities in their DTD
_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False, remove_blank_text=True)


def _selections(market: etree._Element) -> Iterator[dict]:
    for sel in market.iterfind("Selection"):
        yield {
            "id": sel.get("id"),
            "name": (sel.findtext("Name") or "").strip(),
            "price": Decimal(sel.get("odds", "0")),
            "suspended": sel.get("status") == "suspended",
        }


def parse_update(payload: bytes) -> list[dict]:
    root = etree.fromstring(payload, _PARSER)
    updates = []
    for event in root.iterfind("Event"):
        for market in event.iterfind("Market"):
            updates.append(
                {
                    "event_id": event.get("id"),
                    "market_id": market.get("id"),
                    "type": market.get("type"),
                    "selections": list(_selections(market)),
                }
            )
    return updates
