"""Parse partner merchant store-location feeds (XML).

Partners publish their store list so the member app can show where points
can be earned. Feeds come from partner-controlled URLs, so parsing goes
through defusedxml.
"""
import logging
from dataclasses import dataclass

import requests
from defusedxml import ElementTree as DET
from defusedxml.common import DefusedXmlException

log = logging.getLogger(__name__)

MAX_FEED_BYTES = 20 * 1024 * 1024


@dataclass
class StoreLocation:
    store_id: str
    name: str
    postcode: str
    lat: float
    lon: float


def parse_locations(xml_bytes: bytes) -> list[StoreLocation]:
    root = DET.fromstring(xml_bytes)
    stores = []
    for node in root.iter("store"):
        stores.append(StoreLocation(
            store_id=node.get("id", ""),
            name=(node.findtext("name") or "").strip(),
            postcode=(node.findtext("postcode") or "").strip().upper(),
            lat=float(node.findtext("lat") or 0),
            lon=float(node.findtext("lon") or 0),
        ))
    return stores


def fetch_locations(feed_url: str) -> list[StoreLocation]:
    resp = requests.get(feed_url, timeout=30)
    resp.raise_for_status()
    if len(resp.content) > MAX_FEED_BYTES:
        raise ValueError("location feed too large")
    try:
        return parse_locations(resp.content)
    except (DET.ParseError, DefusedXmlException) as exc:
        log.error("rejected location feed from %s: %s", feed_url, exc)
        return []
