"""Reads the saddle tree supplier's XML price catalogue received over EDI."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from lxml import etree


@dataclass
class CatalogueItem:
    sku: str
    tree_model: str
    gullet: str
    net_price: Decimal
    currency: str


class CatalogueReader:
    def __init__(self, parser: etree.XMLParser) -> None:
        self._parser = parser

    @classmethod
    def hardened(cls) -> "CatalogueReader":
        parser = etree.XMLParser(
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            dtd_validation=False,
            huge_tree=False,
        )
        return cls(parser)

    def read(self, payload: bytes) -> list[CatalogueItem]:
        root = etree.fromstring(payload, parser=self._parser)
        currency = root.get("currency", "EUR")
        items = []
        for node in root.iter("Item"):
            items.append(
                CatalogueItem(
                    sku=node.findtext("SKU", default="").strip(),
                    tree_model=node.findtext("Model", default="").strip(),
                    gullet=node.findtext("Gullet", default="").strip(),
                    net_price=Decimal(node.findtext("NetPrice", default="0")),
                    currency=currency,
                )
            )
        return items


def price_changes(
    old: dict[str, Decimal], new_items: list[CatalogueItem]
) -> dict[str, tuple[Decimal, Decimal]]:
    changes = {}
    for item in new_items:
        before = old.get(item.sku)
        if before is not None and before != item.net_price:
            changes[item.sku] = (before, item.net_price)
    return changes
