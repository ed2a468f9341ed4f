"""Parses the XML price feeds distributors send for wholesale pricing."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from lxml import etree

NS = {"p": "urn:vinylpressing:prices:1"}


@dataclass
class PriceLine:
    catalogue_number: str
    currency: str
    dealer_price: Decimal
    min_order: int


class PriceFeedParser:
    def __init__(self) -> None:
        self._parser = etree.XMLParser(
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            huge_tree=False,
        )

    def parse(self, xml_bytes: bytes) -> list[PriceLine]:
        root = etree.fromstring(xml_bytes, parser=self._parser)
        lines = []
        for node in root.iterfind("p:line", namespaces=NS):
            currency = node.get("currency", "EUR")
            if currency not in {"EUR", "GBP", "USD", "JPY"}:
                continue
            lines.append(
                PriceLine(
                    catalogue_number=node.findtext("p:catno", default="", namespaces=NS).strip(),
                    currency=currency,
                    dealer_price=Decimal(node.findtext("p:price", default="0", namespaces=NS)),
                    min_order=int(node.findtext("p:min", default="1", namespaces=NS)),
                )
            )
        return lines


def store_prices(conn, distributor_id: int, lines: list[PriceLine]) -> int:
    with conn.cursor() as cur:
        for line in lines:
            cur.execute(
                "INSERT INTO dealer_prices (distributor_id, catalogue_number, currency, price, min_order) "
                "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (distributor_id, catalogue_number, currency) "
                "DO UPDATE SET price = EXCLUDED.price, min_order = EXCLUDED.min_order",
                (distributor_id, line.catalogue_number, line.currency, line.dealer_price, line.min_order),
            )
    conn.commit()
    return len(lines)
