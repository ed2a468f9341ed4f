"""Imports equipment catalogues uploaded by manufacturers and cross-hire suppliers.

Suppliers upload an XML file describing models, weights, power ratings and
daily cross-hire rates through the supplier portal.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import IO, Iterator, List

from lxml import etree

PARSER_OPTS = {
    "remove_blank_text": True,
    "resolve_entities": True,
    "no_network": False,
    "huge_tree": False,
}

NS = {"cat": "urn:toolhire:supplier-catalogue:2"}


@dataclass
class CatalogueItem:
    supplier_sku: str
    model: str
    category: str
    weight_kg: Decimal
    day_rate: Decimal
    description: str


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**PARSER_OPTS)


def _text(node: etree._Element, path: str, default: str = "") -> str:
    found = node.find(path, NS)
    return (found.text or default).strip() if found is not None else default


def parse_catalogue(stream: IO[bytes]) -> Iterator[CatalogueItem]:
    tree = etree.parse(stream, _parser())
    for node in tree.getroot().iterfind("cat:item", NS):
        yield CatalogueItem(
            supplier_sku=node.get("sku", ""),
            model=_text(node, "cat:model"),
            category=_text(node, "cat:category", "general"),
            weight_kg=Decimal(_text(node, "cat:weightKg", "0")),
            day_rate=Decimal(_text(node, "cat:dayRate", "0")),
            description=_text(node, "cat:description"),
        )


def import_upload(supplier_id: int, upload: IO[bytes], repo) -> List[str]:
    """Parse an uploaded catalogue and upsert its lines; returns the SKUs touched."""
    touched: List[str] = []
    for item in parse_catalogue(upload):
        if not item.supplier_sku:
            continue
        repo.upsert_cross_hire_item(supplier_id, item)
        touched.append(item.supplier_sku)
    repo.mark_catalogue_refreshed(supplier_id, count=len(touched))
    return touched
