"""Parses lot feeds pushed to us by the online marketplaces we list on."""

import logging
from decimal import Decimal

from lxml import etree

log = logging.getLogger(__name__)

FEED_PARSER_OPTIONS = dict(
    remove_blank_text=True,
    resolve_entities=False,
    load_dtd=False,
    no_network=True,
    huge_tree=False,
)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**FEED_PARSER_OPTIONS)


def parse_marketplace_feed(raw: bytes) -> list[dict]:
    root = etree.fromstring(raw, _parser())
    results = []
    for node in root.iterfind("lots/lot"):
        results.append(
            {
                "marketplace_id": node.get("ref"),
                "sale_code": node.findtext("sale", "").strip(),
                "lot_number": int(node.findtext("number", "0")),
                "watchers": int(node.findtext("stats/watchers", "0")),
                "leading_bid": Decimal(node.findtext("stats/leading_bid", "0")),
            }
        )
    log.debug("parsed %d marketplace lots", len(results))
    return results
