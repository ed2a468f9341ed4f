"""Pulls lot catalogues from partner salerooms that share our online platform."""

import logging
from decimal import Decimal

import requests
from lxml import etree

log = logging.getLogger(__name__)

FEED_PARSER_OPTIONS = dict(
    remove_blank_text=True,
    load_dtd=True,
    resolve_entities=True,
    huge_tree=False,
)


def fetch_feed(feed_url: str, session: requests.Session | None = None) -> bytes:
    session = session or requests.Session()
    resp = session.get(feed_url, timeout=30)
    resp.raise_for_status()
    return resp.content


def parse_catalogue(raw: bytes) -> list[dict]:
    parser = etree.XMLParser(**FEED_PARSER_OPTIONS)
    root = etree.fromstring(raw, parser)
    lots = []
    for node in root.iterfind("sale/lot"):
        lots.append(
            {
                "partner_lot_id": node.get("id"),
                "lot_number": int(node.findtext("number", "0")),
                "title": (node.findtext("title") or "").strip(),
                "description": (node.findtext("description") or "").strip(),
                "low_estimate": Decimal(node.findtext("estimate/low", "0")),
                "high_estimate": Decimal(node.findtext("estimate/high", "0")),
            }
        )
    return lots


def sync_partner(partner) -> int:
    lots = parse_catalogue(fetch_feed(partner.feed_url))
    log.info("partner %s: %d lots in feed", partner.code, len(lots))
    for lot in lots:
        partner.upsert_lot(lot)
    return len(lots)
