"""Parse invoices from the cremation-container vendor.

Invoices arrive as XML attachments in the AP mailbox and are posted to the
ledger after a clerk reviews the parsed totals.
"""
from decimal import Decimal

from lxml import etree

INVOICE_PARSER = etree.XMLParser(
    resolve_entities=False,
    load_dtd=False,
    no_network=True,
    remove_blank_text=True,
    huge_tree=False,
)


def _text(node, path: str) -> str:
    value = node.findtext(path)
    if value is None:
        raise ValueError(f"invoice missing <{path}>")
    return value.strip()


def parse_vendor_invoice(xml_bytes: bytes) -> dict:
    root = etree.fromstring(xml_bytes, parser=INVOICE_PARSER)
    lines = []
    for line in root.iter("LineItem"):
        lines.append(
            {
                "sku": _text(line, "ItemCode"),
                "qty": int(_text(line, "Quantity")),
                "amount": Decimal(_text(line, "ExtendedPrice")),
            }
        )
    total = Decimal(_text(root, "InvoiceTotal"))
    if sum((l["amount"] for l in lines), Decimal("0")) != total:
        raise ValueError("line items do not add up to invoice total")
    return {
        "invoice_number": _text(root, "InvoiceNumber"),
        "invoice_date": _text(root, "InvoiceDate"),
        "lines": lines,
        "total": total,
    }
