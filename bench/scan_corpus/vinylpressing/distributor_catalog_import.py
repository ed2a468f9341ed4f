"""Imports distributor catalogue feeds (XML) into the planning database.

Distributors upload a catalogue feed listing titles they want to stock;
planning uses it to forecast repress demand.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from lxml import etree

log = logging.getLogger(__name__)

FEED_NS = {"c": "urn:vinylpressing:catalogue:1"}


@dataclass
class FeedItem:
    catalogue_number: str
    title: str
    artist: str
    forecast_units: int


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=True, load_dtd=True, huge_tree=False)


def parse_feed(xml_bytes: bytes) -> list[FeedItem]:
    root = etree.fromstring(xml_bytes, parser=_parser())
    items = []
    for node in root.iterfind("c:item", namespaces=FEED_NS):
        items.append(
            FeedItem(
                catalogue_number=node.findtext("c:catno", default="", namespaces=FEED_NS).strip(),
                title=node.findtext("c:title", default="", namespaces=FEED_NS).strip(),
                artist=node.findtext("c:artist", default="", namespaces=FEED_NS).strip(),
                forecast_units=int(node.findtext("c:forecast", default="0", namespaces=FEED_NS)),
            )
        )
    return items


def import_feed(conn, distributor_id: int, xml_bytes: bytes) -> int:
    items = parse_feed(xml_bytes)
    cur = conn.cursor()
    for item in items:
        if not item.catalogue_number:
            continue
        cur.execute(
            "INSERT INTO distributor_forecasts (distributor_id, catalogue_number, title, artist, units) "
            "VALUES (%s, %s, %s, %s, %s) "
            "ON CONFLICT (distributor_id, catalogue_number) DO UPDATE SET units = EXCLUDED.units",
            (distributor_id, item.catalogue_number, item.title, item.artist, item.forecast_units),
        )
    conn.commit()
    log.info("imported %d forecast rows for distributor %s", len(items), distributor_id)
    return len(items)
