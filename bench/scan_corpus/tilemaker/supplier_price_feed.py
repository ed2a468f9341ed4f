"""Imports the pigment and clay supplier's XML price feed.

The supplier publishes a nightly price list for pigments, ball clay and
marble dust. It is downloaded and used to refresh the material costs that
feed commission quotes.
"""
from decimal import Decimal

import requests
from lxml import etree

from tilemaker.db import session_scope
from tilemaker.models import Material
from tilemaker.settings import SUPPLIER_FEED_URL

FEED_PARSER_OPTIONS = {
    "load_dtd": True,
    "resolve_entities": True,
    "no_network": False,
    "remove_blank_text": True,
}


def fetch_feed(url: str = SUPPLIER_FEED_URL) -> bytes:
    resp = requests.get(url, timeout=60)
    resp.raise_for_status()
    return resp.content


def parse_prices(xml_bytes: bytes) -> dict:
    parser = etree.XMLParser(**FEED_PARSER_OPTIONS)
    root = etree.fromstring(xml_bytes, parser)
    prices = {}
    for item in root.iterfind(".//item"):
        sku = item.findtext("sku").strip()
        prices[sku] = Decimal(item.findtext("price_gbp"))
    return prices


def refresh_material_costs() -> int:
    prices = parse_prices(fetch_feed())
    updated = 0
    with session_scope() as session:
        for material in session.query(Material).filter(Material.supplier_sku.in_(prices)):
            material.unit_cost = prices[material.supplier_sku]
            updated += 1
    return updated
