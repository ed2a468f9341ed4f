"""Pulls changes to the national holdings register from the regulator's XML feed."""
from datetime import date

import requests
from lxml import etree

from knacker.config import settings
from knacker.holdings.service import upsert_holding

NS = {"h": "urn:regulator:holdings:2"}

FEED_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def fetch_changes(since: date) -> bytes:
    resp = requests.get(
        f"{settings.REGULATOR_API_BASE}/holdings/changes",
        params={"since": since.isoformat()},
        headers={"Accept": "application/xml"},
        timeout=60,
    )
    resp.raise_for_status()
    return resp.content


def parse_changes(xml_bytes: bytes) -> list[dict]:
    root = etree.fromstring(xml_bytes, parser=FEED_PARSER)
    changes = []
    for node in root.iterfind("h:holding", NS):
        changes.append(
            {
                "cph": node.findtext("h:cph", namespaces=NS),
                "name": node.findtext("h:name", namespaces=NS),
                "postcode": node.findtext("h:postcode", namespaces=NS),
                "status": node.get("status", "active"),
            }
        )
    return changes


def sync_since(since: date) -> int:
    changes = parse_changes(fetch_changes(since))
    for change in changes:
        upsert_holding(change)
    return len(changes)
