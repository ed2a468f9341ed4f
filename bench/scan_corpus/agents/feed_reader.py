"""Polls partner RSS/Atom feeds and pushes new items into the content queue."""
import hashlib
import logging
from datetime import datetime, timezone

import requests
from lxml import etree

log = logging.getLogger(__name__)

ATOM = "{http://www.w3.org/2005/Atom}"
ACCEPT = "application/rss+xml, application/atom+xml;q=0.9, application/xml;q=0.8"

_parser = etree.XMLParser(resolve_entities=True, remove_blank_text=True, recover=False)


def fetch_feed(url: str, timeout: float = 15.0) -> bytes:
    resp = requests.get(url, timeout=timeout, headers={"Accept": ACCEPT})
    resp.raise_for_status()
    return resp.content


def _link_of(node) -> str:
    link = node.findtext("link")
    if link:
        return link.strip()
    atom_link = node.find(f"{ATOM}link")
    return atom_link.get("href", "") if atom_link is not None else ""


def parse_items(xml_bytes: bytes) -> list[dict]:
    root = etree.fromstring(xml_bytes, parser=_parser)
    items = []
    for node in root.iter("item", f"{ATOM}entry"):
        link = _link_of(node)
        title = node.findtext("title") or node.findtext(f"{ATOM}title") or ""
        items.append(
            {
                "id": hashlib.sha256(link.encode("utf-8")).hexdigest(),
                "title": title.strip(),
                "link": link,
                "seen_at": datetime.now(timezone.utc).isoformat(),
            }
        )
    return items


def poll(feeds: list[str], queue, seen: set[str]) -> int:
    pushed = 0
    for url in feeds:
        try:
            items = parse_items(fetch_feed(url))
        except (requests.RequestException, etree.XMLSyntaxError) as exc:
            log.warning("feed %s failed: %s", url, exc)
            continue
        for item in items:
            if item["id"] in seen:
                continue
            seen.add(item["id"])
            queue.put(item)
            pushed += 1
    return pushed
