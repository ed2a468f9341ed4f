"""Import the weekly product catalogue that suppliers upload as XML.

Every supplier uses the shared catalogue schema (products, pack sizes,
allergens, case prices). Parsed products are upserted into the purchasing
catalogue that head chefs order from.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from lxml import etree

NS = {"c": "urn:hospitality:supplier-catalogue:v3"}

_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False, remove_blank_text=True)


@dataclass
class CatalogueProduct:
    supplier_sku: str
    description: str
    pack_size: str
    case_price: Decimal
    allergens: list[str]


def _text(node, path: str, default: str = "") -> str:
    found = node.find(path, NS)
    return found.text.strip() if found is not None and found.text else default


def parse_catalogue(data: bytes) -> tuple[str, list[CatalogueProduct]]:
    root = etree.fromstring(data, parser=_PARSER)
    supplier_id = root.get("supplierId")
    if not supplier_id:
        raise ValueError("catalogue has no supplierId attribute")
    products = []
    for node in root.iterfind("c:product", NS):
        products.append(
            CatalogueProduct(
                supplier_sku=node.get("sku"),
                description=_text(node, "c:description"),
                pack_size=_text(node, "c:packSize"),
                case_price=Decimal(_text(node, "c:casePrice", "0")),
                allergens=[a.text for a in node.iterfind("c:allergens/c:allergen", NS) if a.text],
            )
        )
    return supplier_id, products


def import_upload(upload, repository) -> int:
    supplier_id, products = parse_catalogue(upload.read())
    for product in products:
        repository.upsert_product(supplier_id, product)
    return len(products)
