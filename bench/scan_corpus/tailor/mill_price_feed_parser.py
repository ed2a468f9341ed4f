"""Parses the quarterly trade price lists that mills email to head office.

Buyers forward the XML attachment to the price-feed mailbox; this module
turns it into price updates for the cloth library.
"""
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from lxml import etree

PARSER_OPTIONS = {
    "load_dtd": False,
    "resolve_entities": False,
    "no_network": True,
    "dtd_validation": False,
    "remove_blank_text": True,
    "huge_tree": False,
}

CURRENCIES = {"GBP", "EUR"}


@dataclass(frozen=True)
class PriceUpdate:
    mill: str
    cloth_ref: str
    currency: str
    price_per_metre: Decimal
    effective_from: date


class PriceFeedError(ValueError):
    pass


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**PARSER_OPTIONS)


def parse_price_list(xml_bytes: bytes) -> list[PriceUpdate]:
    try:
        root = etree.fromstring(xml_bytes, _parser())
    except etree.XMLSyntaxError as exc:
        raise PriceFeedError(f"price list is not well-formed: {exc}") from exc

    mill = root.get("mill", "").strip()
    effective = date.fromisoformat(root.get("effective", date.today().isoformat()))
    currency = root.get("currency", "GBP").upper()
    if currency not in CURRENCIES:
        raise PriceFeedError(f"unsupported currency {currency}")

    updates = []
    for item in root.iterfind("item"):
        try:
            price = Decimal(item.findtext("price", "").strip())
        except InvalidOperation:
            continue
        updates.append(
            PriceUpdate(
                mill=mill,
                cloth_ref=item.findtext("ref", "").strip(),
                currency=currency,
                price_per_metre=price,
                effective_from=effective,
            )
        )
    return updates
