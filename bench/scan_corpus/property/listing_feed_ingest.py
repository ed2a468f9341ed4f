"""Pull partner listing feeds (XML) and upsert them into the listings table."""
import logging
from decimal import Decimal

import requests
from lxml import etree

from .models import Listing, upsert_listing

log = logging.getLogger(__name__)

FEED_PARSER = etree.XMLParser(
    resolve_entities=True,
    load_dtd=True,
    remove_blank_text=True,
)


def fetch_feed(url: str, timeout: float = 30.0) -> bytes:
    resp = requests.get(url, timeout=timeout)
    resp.raise_for_status()
    return resp.content


def _text(node, path: str, default: str = "") -> str:
    found = node.find(path)
    return found.text.strip() if found is not None and found.text else default


def parse_listings(xml_bytes: bytes) -> list[Listing]:
    root = etree.fromstring(xml_bytes, FEED_PARSER)
    listings = []
    for prop in root.iterfind(".//Property"):
        listings.append(
            Listing(
                external_id=prop.get("id"),
                street=_text(prop, "Address/Street"),
                city=_text(prop, "Address/City"),
                postal_code=_text(prop, "Address/PostalCode"),
                rent=Decimal(_text(prop, "Rent", "0")),
                bedrooms=int(_text(prop, "Bedrooms", "0")),
                description=_text(prop, "Description"),
            )
        )
    return listings


def ingest(partner: str, feed_url: str) -> int:
    listings = parse_listings(fetch_feed(feed_url))
    for listing in listings:
        upsert_listing(partner, listing)
    log.info("Ingested %d listings from %s", len(listings), partner)
    return len(listings)
