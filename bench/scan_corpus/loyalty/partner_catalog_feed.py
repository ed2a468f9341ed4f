"""Nightly import of partner reward catalogues.

Partners publish an XML product feed listing rewards redeemable for points.
We fetch each feed and upsert items into the rewards catalogue.
"""
import logging
from decimal import Decimal

import requests
from lxml import etree

from loyalty.catalog import upsert_reward
from loyalty.partners import active_partners

log = logging.getLogger(__name__)

# A couple of partners reference an entity DTD for accented product names.
_PARSER = etree.XMLParser(
    load_dtd=True,
    resolve_entities=True,
    no_network=False,
    remove_blank_text=True,
)


def parse_feed(xml_bytes: bytes) -> list[dict]:
    root = etree.fromstring(xml_bytes, parser=_PARSER)
    items = []
    for node in root.iterfind(".//reward"):
        items.append({
            "sku": node.findtext("sku", "").strip(),
            "title": node.findtext("title", "").strip(),
            "points_cost": int(node.findtext("points", "0")),
            "cash_value": Decimal(node.findtext("value", "0")),
            "stock": int(node.findtext("stock", "0")),
        })
    return items


def run() -> None:
    for partner in active_partners():
        if not partner.catalog_feed_url:
            continue
        resp = requests.get(partner.catalog_feed_url, timeout=60)
        resp.raise_for_status()
        try:
            items = parse_feed(resp.content)
        except etree.XMLSyntaxError as exc:
            log.error("feed for %s is not valid XML: %s", partner.code, exc)
            continue
        for item in items:
            upsert_reward(partner.id, **item)
        log.info("imported %d rewards for %s", len(items), partner.code)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
