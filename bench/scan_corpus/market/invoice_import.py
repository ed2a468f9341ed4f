"""Imports seller invoices submitted as UBL XML for enterprise buyers."""
from decimal import Decimal

from lxml import etree

NS = {
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
}

_parser = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)


def parse_invoice(xml_bytes: bytes) -> dict:
    root = etree.fromstring(xml_bytes, parser=_parser)
    lines = []
    for line in root.iterfind("cac:InvoiceLine", NS):
        lines.append(
            {
                "description": line.findtext("cac:Item/cbc:Name", namespaces=NS),
                "amount": Decimal(line.findtext("cbc:LineExtensionAmount", namespaces=NS)),
            }
        )
    return {
        "number": root.findtext("cbc:ID", namespaces=NS),
        "issue_date": root.findtext("cbc:IssueDate", namespaces=NS),
        "currency": root.findtext("cbc:DocumentCurrencyCode", namespaces=NS),
        "lines": lines,
    }
