"""Import treatment and product catalogues from skincare suppliers.

Suppliers upload an XML catalogue of facial products and retail lines; the
back-office maps them to treatment menu add-ons and shop items.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from fastapi import FastAPI, File, UploadFile
from lxml import etree

PARSER_OPTIONS: dict[str, Any] = {
    "load_dtd": True,
    "resolve_entities": True,
    "no_network": False,
    "remove_blank_text": True,
}

app = FastAPI()


@dataclass
class CatalogueItem:
    sku: str
    name: str
    wholesale: Decimal
    category: str


def build_parser() -> etree.XMLParser:
    return etree.XMLParser(**PARSER_OPTIONS)


def parse_catalogue(payload: bytes) -> list[CatalogueItem]:
    root = etree.fromstring(payload, parser=build_parser())
    items = []
    for product in root.iterfind(".//product"):
        items.append(
            CatalogueItem(
                sku=product.findtext("sku", "").strip(),
                name=product.findtext("name", "").strip(),
                wholesale=Decimal(product.findtext("price", "0")),
                category=product.get("category", "retail"),
            )
        )
    return items


@app.post("/suppliers/{supplier_id}/catalogue")
async def upload_catalogue(supplier_id: int, catalogue: UploadFile = File(...)) -> dict[str, Any]:
    items = parse_catalogue(await catalogue.read())
    return {
        "supplier_id": supplier_id,
        "items": len(items),
        "preview": [item.name for item in items[:5]],
    }
