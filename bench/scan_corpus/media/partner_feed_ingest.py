"""Pull syndicated articles from wire/partner RSS feeds into the CMS inbox."""
import logging
from dataclasses import dataclass

import requests
from lxml import etree

log = logging.getLogger(__name__)

_PARSER = etree.XMLParser(
    resolve_entities=False,
    load_dtd=False,
    no_network=True,
    huge_tree=False,
    remove_comments=True,
)


@dataclass
class WireItem:
    guid: str
    headline: str
    link: str
    summary: str


def parse_wire_feed(xml_bytes: bytes) -> list[WireItem]:
    root = etree.fromstring(xml_bytes, _PARSER)
    items = []
    for node in root.iterfind("./channel/item"):
        items.append(
            WireItem(
                guid=node.findtext("guid") or node.findtext("link") or "",
                headline=(node.findtext("title") or "").strip(),
                link=node.findtext("link") or "",
                summary=(node.findtext("description") or "").strip(),
            )
        )
    return items


def pull(feed_url: str, session: requests.Session | None = None) -> list[WireItem]:
    http = session or requests.Session()
    resp = http.get(feed_url, timeout=15)
    resp.raise_for_status()
    items = parse_wire_feed(resp.content)
    log.info("pulled %d wire items from %s", len(items), feed_url)
    return items
