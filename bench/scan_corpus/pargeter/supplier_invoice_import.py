"""Import of UBL e-invoices from material suppliers.

Lime, hair and aggregate suppliers email UBL 2.1 invoices; the accounts
inbox processor passes the XML attachments here to be matched against open
material orders.
"""
from decimal import Decimal

from lxml import etree

from pargeter.orders import match_invoice_to_order

NS = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
}


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def parse_invoice(xml_bytes: bytes) -> dict:
    root = etree.fromstring(xml_bytes, parser=_parser())
    lines = []
    for line in root.iterfind("cac:InvoiceLine", namespaces=NS):
        lines.append(
            {
                "description": line.findtext("cac:Item/cbc:Name", default="", namespaces=NS),
                "quantity": Decimal(line.findtext("cbc:InvoicedQuantity", default="0", namespaces=NS)),
                "net": Decimal(line.findtext("cbc:LineExtensionAmount", default="0", namespaces=NS)),
            }
        )
    return {
        "invoice_number": root.findtext("cbc:ID", namespaces=NS),
        "issue_date": root.findtext("cbc:IssueDate", namespaces=NS),
        "order_reference": root.findtext("cac:OrderReference/cbc:ID", namespaces=NS),
        "payable": Decimal(
            root.findtext("cac:LegalMonetaryTotal/cbc:PayableAmount", default="0", namespaces=NS)
        ),
        "lines": lines,
    }


def process_attachment(filename: str, payload: bytes) -> bool:
    if not filename.lower().endswith(".xml"):
        return False
    invoice = parse_invoice(payload)
    return match_invoice_to_order(invoice)
