"""Reads the hourly stock-availability feed (ONIX 3.0 supply detail blocks).

Distributors publish the file over HTTPS; we only need ISBN, availability
code and the quantity on hand.
"""
import logging
from dataclasses import dataclass

import defusedxml.ElementTree as DET
import requests

log = logging.getLogger(__name__)

NS = {"o": "http://ns.editeur.org/onix/3.0/reference"}
AVAILABLE_CODES = {"20", "21", "22", "23"}


@dataclass(frozen=True)
class StockLine:
    isbn: str
    availability: str
    on_hand: int

    @property
    def orderable(self) -> bool:
        return self.availability in AVAILABLE_CODES and self.on_hand > 0


def fetch_feed(url: str, token: str, timeout: float = 30.0) -> bytes:
    resp = requests.get(url, headers={"Authorization": f"Bearer {token}"}, timeout=timeout)
    resp.raise_for_status()
    return resp.content


def parse_stock(xml_bytes: bytes) -> list[StockLine]:
    root = DET.fromstring(xml_bytes)
    lines = []
    for product in root.iterfind("o:Product", NS):
        isbn = product.findtext("o:ProductIdentifier/o:IDValue", default="", namespaces=NS).strip()
        supply = product.find(".//o:SupplyDetail", NS)
        if not isbn or supply is None:
            continue
        availability = supply.findtext("o:ProductAvailability", default="", namespaces=NS)
        on_hand = supply.findtext(".//o:OnHand", default="0", namespaces=NS)
        lines.append(StockLine(isbn, availability, int(on_hand or 0)))
    log.info("stock feed contained %d lines", len(lines))
    return lines
