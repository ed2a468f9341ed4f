"""Import of the generator and lighting supplier's XML catalogue.

Every Monday we pull the supplier's catalogue so planners can add generators,
festoon lighting and heaters to quotes at current trade prices.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterator, List

import requests
from lxml import etree

log = logging.getLogger(__name__)

CATALOGUE_URL = os.environ.get(
    "POWER_SUPPLIER_CATALOGUE_URL", "https://trade.power-supplier.example/catalogue.xml"
)


@dataclass
class CatalogueItem:
    code: str
    name: str
    category: str
    trade_price: Decimal
    kva: Decimal | None


class CatalogueFeed:
    def __init__(self, session: requests.Session | None = None) -> None:
        self._session = session or requests.Session()
        self._session.headers["Authorization"] = f"Token {os.environ['POWER_SUPPLIER_TOKEN']}"

    @staticmethod
    def _parser() -> etree.XMLParser:
        return etree.XMLParser(resolve_entities=True, load_dtd=True, remove_blank_text=True)

    def fetch(self) -> bytes:
        resp = self._session.get(CATALOGUE_URL, timeout=30)
        resp.raise_for_status()
        return resp.content

    def parse(self, payload: bytes) -> Iterator[CatalogueItem]:
        root = etree.fromstring(payload, self._parser())
        for node in root.iterfind("product"):
            kva = node.findtext("kva")
            yield CatalogueItem(
                code=node.get("code", ""),
                name=(node.findtext("name") or "").strip(),
                category=(node.findtext("category") or "other").strip().lower(),
                trade_price=Decimal(node.findtext("price") or "0"),
                kva=Decimal(kva) if kva else None,
            )

    def refresh(self, repo) -> List[CatalogueItem]:
        items = [item for item in self.parse(self.fetch()) if item.code]
        repo.replace_supplier_items("power-supplier", items)
        log.info("catalogue refreshed: %d items", len(items))
        return items
