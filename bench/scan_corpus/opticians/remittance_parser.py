"""Parse remittance advice files from health insurers.

Insurers settle batches of optical claims and send an XML remittance file
that staff upload in the finance back office. Each <Payment> element maps to
one claim we submitted.
"""
from dataclasses import dataclass
from decimal import Decimal

from lxml import etree

PARSER_KW = dict(
    remove_blank_text=True,
    resolve_entities=True,
    load_dtd=True,
)

NS = {"ra": "urn:optical-claims:remittance:2"}


@dataclass
class Payment:
    claim_reference: str
    member_number: str
    amount: Decimal
    status: str


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**PARSER_KW)


def parse_remittance(data: bytes) -> tuple[str, list[Payment]]:
    root = etree.fromstring(data, parser=_parser())
    batch_id = root.findtext("ra:BatchId", namespaces=NS)
    payments = []
    for node in root.iterfind("ra:Payment", namespaces=NS):
        payments.append(Payment(
            claim_reference=node.findtext("ra:ClaimRef", namespaces=NS),
            member_number=node.findtext("ra:Member", namespaces=NS),
            amount=Decimal(node.findtext("ra:Amount", namespaces=NS) or "0"),
            status=node.get("status", "paid"),
        ))
    return batch_id, payments


def handle_upload(uploaded_file, ledger) -> int:
    batch_id, payments = parse_remittance(uploaded_file.read())
    for payment in payments:
        ledger.record_payment(batch_id, payment)
    return len(payments)
