"""Read the dial and hands supplier's XML catalogue into inventory records."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Iterator

from lxml import etree


@dataclass
class CatalogItem:
    sku: str
    family: str
    finish: str
    caliber_fit: str
    price_chf: Decimal


def catalogue_parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
    )


def _text(node: etree._Element, tag: str) -> str:
    value = node.findtext(tag)
    if value is None:
        raise ValueError(f"missing <{tag}> in item {node.get('sku')}")
    return value.strip()


def iter_catalog(xml_bytes: bytes) -> Iterator[CatalogItem]:
    root = etree.fromstring(xml_bytes, parser=catalogue_parser())
    if root.tag != "catalogue":
        raise ValueError("unexpected root element")
    for node in root.iter("item"):
        yield CatalogItem(
            sku=node.get("sku", ""),
            family=_text(node, "family"),
            finish=_text(node, "finish"),
            caliber_fit=_text(node, "caliberFit"),
            price_chf=Decimal(_text(node, "priceCHF")),
        )


def load_catalog_file(path: Path) -> list[CatalogItem]:
    return list(iter_catalog(path.read_bytes()))
