"""Imports venue contract terms supplied as XML by promoters.

Promoters upload the contract schedule (dates, fees, load-in windows,
power supply) exported from their booking system.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import IO

from lxml import etree

PARSER_OPTS = dict(
    load_dtd=True,
    resolve_entities=True,
    no_network=False,
    remove_blank_text=True,
)


@dataclass
class ContractTerms:
    venue: str
    promoter: str
    first_show: date
    last_show: date
    guarantee: Decimal
    load_in_hours: int
    power_amps: int


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**PARSER_OPTS)


def _text(root: etree._Element, path: str, default: str = "") -> str:
    node = root.find(path)
    return node.text.strip() if node is not None and node.text else default


def parse_contract(upload: IO[bytes]) -> ContractTerms:
    tree = etree.parse(upload, _parser())
    root = tree.getroot()
    return ContractTerms(
        venue=_text(root, "venue/name"),
        promoter=_text(root, "promoter/name"),
        first_show=date.fromisoformat(_text(root, "dates/first")),
        last_show=date.fromisoformat(_text(root, "dates/last")),
        guarantee=Decimal(_text(root, "fees/guarantee", "0")),
        load_in_hours=int(_text(root, "technical/loadInHours", "0")),
        power_amps=int(_text(root, "technical/powerAmps", "0")),
    )


def summarise(terms: ContractTerms) -> str:
    nights = (terms.last_show - terms.first_show).days + 1
    return (
        f"{terms.venue} ({terms.promoter}): {nights} nights from {terms.first_show}, "
        f"guarantee {terms.guarantee}, load-in {terms.load_in_hours}h, {terms.power_amps}A"
    )
