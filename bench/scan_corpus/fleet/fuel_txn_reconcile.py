"""Reconcile uploaded fuel card statement XML against our authorisations."""
from __future__ import annotations

from decimal import Decimal

from lxml import etree

NS = {"fc": "urn:fuelcard:statement:v3"}

_PARSER = etree.XMLParser(
    resolve_entities=False,
    load_dtd=False,
    no_network=True,
    huge_tree=False,
    remove_blank_text=True,
)


def statement_totals(raw: bytes) -> dict[str, Decimal]:
    """Return total dollars per card (last four digits) in a statement."""
    root = etree.fromstring(raw, _PARSER)
    totals: dict[str, Decimal] = {}
    for node in root.iterfind("fc:Transaction", NS):
        card = (node.findtext("fc:Card", default="", namespaces=NS) or "").strip()[-4:]
        amount = Decimal(node.findtext("fc:Amount", default="0", namespaces=NS))
        totals[card] = totals.get(card, Decimal("0")) + amount
    return totals


def mismatches(raw: bytes, authorised: dict[str, Decimal], tolerance: Decimal = Decimal("0.50")) -> list[dict]:
    stated = statement_totals(raw)
    out = []
    for card in sorted(set(stated) | set(authorised)):
        diff = stated.get(card, Decimal("0")) - authorised.get(card, Decimal("0"))
        if abs(diff) > tolerance:
            out.append({"card_last4": card, "statement": stated.get(card), "authorised": authorised.get(card), "diff": diff})
    return out
