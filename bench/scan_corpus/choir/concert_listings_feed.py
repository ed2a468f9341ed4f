"""Reads concert listings XML from partner venues and turns them into events."""
import datetime as dt
from dataclasses import dataclass

import httpx
from lxml import etree

FEED_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
)


@dataclass
class Listing:
    venue_code: str
    event_id: str
    title: str
    starts_at: dt.datetime
    ticket_url: str


def parse_feed(xml_bytes: bytes, venue_code: str) -> list[Listing]:
    root = etree.fromstring(xml_bytes, parser=FEED_PARSER)
    listings = []
    for ev in root.iterfind(".//event"):
        title = (ev.findtext("title") or "").strip()
        start = ev.findtext("start")
        if not title or not start:
            continue
        listings.append(
            Listing(
                venue_code=venue_code,
                event_id=ev.get("id", ""),
                title=title,
                starts_at=dt.datetime.fromisoformat(start),
                ticket_url=(ev.findtext("tickets") or "").strip(),
            )
        )
    return listings


def fetch_venue_listings(client: httpx.Client, venue_code: str, feed_url: str) -> list[Listing]:
    resp = client.get(feed_url, timeout=20.0)
    resp.raise_for_status()
    if "xml" not in resp.headers.get("content-type", ""):
        raise ValueError(f"{venue_code} feed returned {resp.headers.get('content-type')}")
    return parse_feed(resp.content, venue_code)


def choir_events(listings: list[Listing], keywords=("youth choir", "nyc")) -> list[Listing]:
    """Keep only the listings that mention the choir."""
    return [
        item
        for item in listings
        if any(k in item.title.lower() for k in keywords)
    ]


def sync_all(feeds: dict[str, str]) -> dict[str, int]:
    counts = {}
    with httpx.Client(headers={"User-Agent": "nyc-listings/1.4"}) as client:
        for venue_code, url in feeds.items():
            counts[venue_code] = len(choir_events(fetch_venue_listings(client, venue_code, url)))
    return counts
