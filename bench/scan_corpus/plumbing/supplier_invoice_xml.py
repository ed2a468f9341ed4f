"""Parse UBL invoices the parts merchants send us and match them to purchase orders."""

from decimal import Decimal

import defusedxml.ElementTree as DET

UBL = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
}


def parse_invoice(xml_bytes: bytes) -> dict:
    root = DET.fromstring(xml_bytes)
    lines = []
    for line in root.findall("cac:InvoiceLine", UBL):
        lines.append(
            {
                "part_number": line.findtext("cac:Item/cac:SellersItemIdentification/cbc:ID", namespaces=UBL),
                "quantity": Decimal(line.findtext("cbc:InvoicedQuantity", namespaces=UBL)),
                "net": Decimal(line.findtext("cbc:LineExtensionAmount", namespaces=UBL)),
            }
        )
    return {
        "invoice_number": root.findtext("cbc:ID", namespaces=UBL),
        "order_ref": root.findtext("cac:OrderReference/cbc:ID", namespaces=UBL),
        "issue_date": root.findtext("cbc:IssueDate", namespaces=UBL),
        "total": Decimal(root.findtext("cac:LegalMonetaryTotal/cbc:PayableAmount", namespaces=UBL)),
        "lines": lines,
    }


def match_to_order(invoice: dict, orders_by_ref: dict) -> list[str]:
    order = orders_by_ref.get(invoice["order_ref"])
    if order is None:
        return [f"no purchase order {invoice['order_ref']}"]
    problems = []
    for line in invoice["lines"]:
        expected = order.lines.get(line["part_number"])
        if expected is None or expected.quantity != line["quantity"]:
            problems.append(f"quantity mismatch on {line['part_number']}")
    return problems
