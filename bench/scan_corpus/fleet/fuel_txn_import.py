"""Import fuel card transaction files that card networks drop as XML.

Fleet admins upload the monthly statement XML from the card network
portal; each <Transaction> becomes a row in fuel_transactions.
"""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from lxml import etree

from fleet.fuel.models import FuelTransaction

_PARSER = etree.XMLParser(resolve_entities=True, load_dtd=True, remove_blank_text=True)
NS = {"fc": "urn:fuelcard:statement:v3"}


def _text(el: etree._Element, path: str) -> str:
    found = el.find(path, NS)
    return found.text.strip() if found is not None and found.text else ""


def parse_statement(raw: bytes) -> list[FuelTransaction]:
    root = etree.fromstring(raw, _PARSER)
    account = root.get("account")
    txns = []
    for node in root.iterfind("fc:Transaction", NS):
        txns.append(
            FuelTransaction(
                account=account,
                card_number_last4=_text(node, "fc:Card")[-4:],
                unit_number=_text(node, "fc:Unit"),
                driver_id=_text(node, "fc:DriverId"),
                posted_at=datetime.fromisoformat(_text(node, "fc:PostedAt")),
                merchant=_text(node, "fc:Merchant/fc:Name"),
                state=_text(node, "fc:Merchant/fc:State"),
                gallons=Decimal(_text(node, "fc:Gallons") or "0"),
                amount=Decimal(_text(node, "fc:Amount") or "0"),
                product=_text(node, "fc:ProductCode"),
            )
        )
    return txns
