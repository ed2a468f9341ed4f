"""Parses the policy schedule XML that underwriters email back as attachments.

The schedule lists each insured garment with its agreed value; the import
reconciles it against our own valuation records.
"""
from dataclasses import dataclass
from decimal import Decimal

from lxml import etree

NS = {"s": "urn:furcover:schedule:2"}


@dataclass
class ScheduledItem:
    item_ref: str
    description: str
    agreed_value: Decimal
    currency: str


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=True, load_dtd=True, remove_blank_text=True)


def parse_schedule(xml_bytes: bytes) -> tuple:
    root = etree.fromstring(xml_bytes, parser=_parser())
    policy = root.findtext("s:PolicyNumber", namespaces=NS)
    items = []
    for node in root.iterfind("s:Items/s:Item", namespaces=NS):
        value = node.find("s:AgreedValue", namespaces=NS)
        items.append(
            ScheduledItem(
                item_ref=node.get("ref", ""),
                description=(node.findtext("s:Description", namespaces=NS) or "").strip(),
                agreed_value=Decimal(value.text.strip()),
                currency=value.get("currency", "USD"),
            )
        )
    return policy, items


def reconcile(items: list, our_values: dict) -> list:
    """Return (item_ref, ours, theirs) for every garment where values disagree."""
    mismatches = []
    for item in items:
        ours = our_values.get(item.item_ref)
        if ours is None or ours != item.agreed_value:
            mismatches.append((item.item_ref, ours, item.agreed_value))
    return mismatches


def import_attachment(message_part, valuations_repo) -> dict:
    policy, items = parse_schedule(message_part.get_payload(decode=True))
    ours = valuations_repo.values_for_policy(policy)
    return {"policy": policy, "items": len(items), "mismatches": reconcile(items, ours)}
