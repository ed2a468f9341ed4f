"""Import supplier product catalogs delivered as XML (BMEcat-style).

Suppliers upload their catalog through the vendor portal; each ARTICLE element
becomes a draft product that merchandisers review before publishing.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from lxml import etree

log = logging.getLogger(__name__)

NS = {"bme": "http://www.bmecat.org/bmecat/2005"}

_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True, huge_tree=True)


@dataclass
class DraftProduct:
    supplier_sku: str
    title: str
    description: str = ""
    price: Decimal | None = None
    currency: str = "EUR"
    ean: str | None = None
    keywords: list[str] = field(default_factory=list)


def _text(node, path: str) -> str:
    found = node.find(path, NS)
    return (found.text or "").strip() if found is not None else ""


def _price(article) -> tuple[Decimal | None, str]:
    node = article.find(".//bme:ARTICLE_PRICE[@price_type='net_list']", NS)
    if node is None:
        return None, "EUR"
    try:
        amount = Decimal(_text(node, "bme:PRICE_AMOUNT"))
    except InvalidOperation:
        amount = None
    return amount, _text(node, "bme:PRICE_CURRENCY") or "EUR"


def parse_catalog(payload: bytes) -> list[DraftProduct]:
    root = etree.fromstring(payload, _PARSER)
    drafts = []
    for article in root.iterfind(".//bme:ARTICLE", NS):
        price, currency = _price(article)
        drafts.append(
            DraftProduct(
                supplier_sku=_text(article, "bme:SUPPLIER_AID"),
                title=_text(article, "bme:ARTICLE_DETAILS/bme:DESCRIPTION_SHORT"),
                description=_text(article, "bme:ARTICLE_DETAILS/bme:DESCRIPTION_LONG"),
                price=price,
                currency=currency,
                ean=_text(article, "bme:ARTICLE_DETAILS/bme:EAN") or None,
                keywords=[k.text for k in article.iterfind(".//bme:KEYWORD", NS) if k.text],
            )
        )
    log.info("parsed %d articles from supplier catalog", len(drafts))
    return drafts
