"""Import of rate cards exported by the legacy franchise back-office system.

Some franchisees still run the old desktop system that can only export XML.
"""
from decimal import Decimal

from defusedxml import ElementTree as ET

NS = {"rc": "urn:rentco:ratecard:2"}


def parse_rate_card(xml_bytes: bytes) -> dict:
    root = ET.fromstring(xml_bytes)
    card = {
        "franchise_id": root.get("franchiseId"),
        "currency": root.get("currency", "EUR"),
        "rates": {},
    }
    for rate in root.findall("rc:rate", NS):
        category = rate.get("acriss", "").upper()
        season = rate.get("season", "standard")
        card["rates"].setdefault(category, {})[season] = Decimal(rate.text.strip())
    for fee in root.findall("rc:oneWayFee", NS):
        card.setdefault("one_way", []).append(
            {
                "to_branch": fee.get("toBranch"),
                "amount": Decimal(fee.text.strip()),
            }
        )
    return card


def import_uploaded_rate_card(upload) -> dict:
    if upload.size > 2 * 1024 * 1024:
        raise ValueError("rate card file too large")
    return parse_rate_card(upload.read())
