"""Parse XML e-invoices submitted by partner clinics through the portal."""
from dataclasses import dataclass
from decimal import Decimal

from lxml import etree

NS = {"inv": "urn:pawprotect:vet-invoice:1"}

_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False, remove_blank_text=True)


@dataclass
class InvoiceLine:
    code: str
    description: str
    amount: Decimal


def parse_invoice(xml_bytes: bytes) -> dict:
    root = etree.fromstring(xml_bytes, parser=_PARSER)
    lines = [
        InvoiceLine(
            code=el.findtext("inv:Code", namespaces=NS),
            description=el.findtext("inv:Description", namespaces=NS) or "",
            amount=Decimal(el.findtext("inv:Amount", namespaces=NS)),
        )
        for el in root.iterfind("inv:Lines/inv:Line", namespaces=NS)
    ]
    return {
        "invoice_number": root.findtext("inv:Number", namespaces=NS),
        "clinic_id": root.findtext("inv:ClinicId", namespaces=NS),
        "patient_chip": root.findtext("inv:Patient/inv:Chip", namespaces=NS),
        "total": sum((line.amount for line in lines), Decimal("0")),
        "lines": lines,
    }
