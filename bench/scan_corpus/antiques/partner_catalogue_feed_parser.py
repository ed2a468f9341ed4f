"""Parses the XML catalogue feeds partner auction houses push to the shared marketplace."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Iterator

from defusedxml import ElementTree as DefusedET


class FeedFormat:
    ns = {"c": "urn:marketplace:catalogue:3"}
    max_bytes = 20 * 1024 * 1024


@dataclass
class FeedLot:
    house: str
    lot_number: str
    title: str
    low_estimate: Decimal
    high_estimate: Decimal
    currency: str


class CatalogueFeedParser:
    def __init__(self, fmt: type[FeedFormat] = FeedFormat) -> None:
        self.fmt = fmt

    def _field(self, element, name: str, default: str = "") -> str:
        node = element.find(f"c:{name}", self.fmt.ns)
        return (node.text or default).strip() if node is not None else default

    def parse(self, payload: bytes) -> Iterator[FeedLot]:
        if len(payload) > self.fmt.max_bytes:
            raise ValueError("catalogue feed too large")
        root = DefusedET.fromstring(payload)
        house = root.get("house", "unknown")
        for lot in root.iterfind("c:lot", self.fmt.ns):
            estimate = lot.find("c:estimate", self.fmt.ns)
            yield FeedLot(
                house=house,
                lot_number=lot.get("number", ""),
                title=self._field(lot, "title"),
                low_estimate=Decimal(estimate.get("low", "0")) if estimate is not None else Decimal(0),
                high_estimate=Decimal(estimate.get("high", "0")) if estimate is not None else Decimal(0),
                currency=estimate.get("currency", "GBP") if estimate is not None else "GBP",
            )
