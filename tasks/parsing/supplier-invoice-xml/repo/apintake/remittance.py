"""Remittance advice sent to suppliers once invoices are paid."""

import xml.etree.ElementTree as ET
from datetime import date

from . import config
from .models import Invoice


def build_remittance(invoices: list[Invoice], paid_on: date) -> bytes:
    root = ET.Element("RemittanceAdvice", {"paidOn": paid_on.isoformat()})
    payer = ET.SubElement(root, "Payer", {"country": config.BUYER_COUNTRY})
    payer.text = config.BUYER_NAME
    for invoice in invoices:
        item = ET.SubElement(root, "Invoice", {"number": invoice.number, "currency": invoice.currency})
        item.text = str(invoice.total)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
