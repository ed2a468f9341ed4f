"""Parses the weekly XML price feed uploaded by steel and gas suppliers."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Dict, Iterable, List

from lxml import etree


@dataclass(frozen=True)
class PriceLine:
    sku: str
    description: str
    unit: str
    price: Decimal


class FeedParserConfig:
    PARSER_OPTIONS: Dict[str, Any] = {
        "remove_blank_text": True,
        "load_dtd": True,
        "resolve_entities": True,
        "no_network": False,
    }
    NAMESPACE = "urn:ironbridge:pricefeed:2"

    @classmethod
    def parser(cls) -> etree.XMLParser:
        return etree.XMLParser(**cls.PARSER_OPTIONS)


class PriceFeedReader:
    def __init__(self, config: type[FeedParserConfig] = FeedParserConfig) -> None:
        self._config = config

    def _ns(self, tag: str) -> str:
        return f"{{{self._config.NAMESPACE}}}{tag}"

    def parse(self, payload: bytes) -> List[PriceLine]:
        root = etree.fromstring(payload, parser=self._config.parser())
        lines = []
        for item in root.iter(self._ns("item")):
            lines.append(
                PriceLine(
                    sku=item.findtext(self._ns("sku"), default="").strip(),
                    description=item.findtext(self._ns("description"), default="").strip(),
                    unit=item.findtext(self._ns("unit"), default="each"),
                    price=Decimal(item.findtext(self._ns("price"), default="0")),
                )
            )
        return lines


def changed_prices(old: Iterable[PriceLine], new: Iterable[PriceLine]) -> Dict[str, tuple]:
    before = {p.sku: p.price for p in old}
    return {
        p.sku: (before[p.sku], p.price)
        for p in new
        if p.sku in before and before[p.sku] != p.price
    }


def import_upload(uploaded_file) -> List[PriceLine]:
    return PriceFeedReader().parse(uploaded_file.read())
