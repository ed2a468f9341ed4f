"""Polls the news agency wire feed and files NewsML-G2 items into the newsroom system.

Runs every minute from cron on the ingest box. Each item becomes a draft in the
newsroom CMS wire basket, keyed on the agency GUID so re-sends update in place.
"""
from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from datetime import datetime

import requests
from lxml import etree

log = logging.getLogger("wire_ingest")

NS = {"nar": "http://iptc.org/std/nar/2006-10-01/"}
FEED_URL = os.environ["WIRE_FEED_URL"]
CMS_URL = os.environ["NEWSROOM_CMS_URL"]
_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)


@dataclass
class WireItem:
    guid: str
    version: int
    headline: str
    slugline: str
    body: str
    first_created: datetime
    urgency: int


def fetch_feed(session: requests.Session) -> bytes:
    resp = session.get(FEED_URL, timeout=20)
    resp.raise_for_status()
    return resp.content


def parse_items(xml_bytes: bytes) -> list[WireItem]:
    root = etree.fromstring(xml_bytes, _PARSER)
    items = []
    for node in root.iterfind(".//nar:newsItem", NS):
        body_parts = node.xpath(".//nar:inlineXML//text()", namespaces=NS)
        items.append(
            WireItem(
                guid=node.get("guid"),
                version=int(node.get("version", "1")),
                headline=node.findtext(".//nar:headline", default="", namespaces=NS).strip(),
                slugline=node.findtext(".//nar:slugline", default="", namespaces=NS).strip(),
                body="".join(body_parts).strip(),
                first_created=datetime.fromisoformat(
                    node.findtext(".//nar:firstCreated", namespaces=NS)
                ),
                urgency=int(node.findtext(".//nar:urgency", default="5", namespaces=NS)),
            )
        )
    return items


def file_item(session: requests.Session, item: WireItem) -> None:
    resp = session.put(
        f"{CMS_URL.rstrip('/')}/api/wire/{item.guid}",
        json={
            "version": item.version,
            "headline": item.headline,
            "slug": item.slugline,
            "body": item.body,
            "first_created": item.first_created.isoformat(),
            "urgency": item.urgency,
        },
        timeout=10,
    )
    resp.raise_for_status()


def main() -> int:
    logging.basicConfig(level=logging.INFO)
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {os.environ['WIRE_INGEST_TOKEN']}"
    items = parse_items(fetch_feed(session))
    for item in items:
        file_item(session, item)
    log.info("filed %d wire items", len(items))
    return 0


if __name__ == "__main__":
    sys.exit(main())
