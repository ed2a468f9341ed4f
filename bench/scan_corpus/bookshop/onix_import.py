"""Imports ONIX 3.0 product records from distributor catalogue feeds.

Some distributors still send ONIX with a DOCTYPE and character entities
declared in the DTD (e.g. &ndash; in titles), so the parser has to load it.
"""
import logging
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from lxml import etree

log = logging.getLogger(__name__)

NS = {"o": "http://ns.editeur.org/onix/3.0/reference"}
PARSER_OPTIONS = {
    "load_dtd": True,
    "resolve_entities": True,
    "remove_blank_text": True,
    "huge_tree": True,
}


@dataclass
class Product:
    isbn: str
    title: str
    contributors: list[str]
    price_gbp: Decimal | None


def _text(node, path: str) -> str | None:
    found = node.find(path, NS)
    return found.text.strip() if found is not None and found.text else None


def parse_feed(path: Path) -> list[Product]:
    parser = etree.XMLParser(**PARSER_OPTIONS)
    tree = etree.parse(str(path), parser)
    products = []
    for node in tree.getroot().iterfind("o:Product", NS):
        isbn = _text(node, "o:ProductIdentifier[o:ProductIDType='15']/o:IDValue")
        if not isbn:
            log.debug("skipping product without ISBN-13 in %s", path.name)
            continue
        price = _text(node, ".//o:Price[o:CurrencyCode='GBP']/o:PriceAmount")
        products.append(Product(
            isbn=isbn,
            title=_text(node, ".//o:TitleElement/o:TitleText") or "",
            contributors=[c.text for c in node.iterfind(".//o:Contributor/o:PersonName", NS) if c.text],
            price_gbp=Decimal(price) if price else None,
        ))
    log.info("parsed %d products from %s", len(products), path.name)
    return products
