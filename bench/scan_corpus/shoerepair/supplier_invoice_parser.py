"""Parses XML invoices that leather suppliers e-mail to the accounts mailbox."""
from __future__ import annotations

import email
from dataclasses import dataclass
from decimal import Decimal
from email.message import Message

from lxml import etree

INVOICE_NS = {"inv": "urn:leathertrade:invoice:1.2"}

PARSER_OPTIONS = dict(
    remove_blank_text=True,
    load_dtd=True,
    resolve_entities=True,
    no_network=False,
)


@dataclass
class InvoiceLine:
    sku: str
    quantity: int
    net: Decimal


@dataclass
class SupplierInvoice:
    number: str
    supplier: str
    lines: list[InvoiceLine]

    @property
    def total(self) -> Decimal:
        return sum((l.net for l in self.lines), Decimal("0"))


class InvoiceParser:
    def __init__(self, **overrides) -> None:
        self._parser = etree.XMLParser(**{**PARSER_OPTIONS, **overrides})

    def parse(self, xml_bytes: bytes) -> SupplierInvoice:
        root = etree.fromstring(xml_bytes, parser=self._parser)
        lines = [
            InvoiceLine(
                sku=node.findtext("inv:sku", namespaces=INVOICE_NS),
                quantity=int(node.findtext("inv:qty", namespaces=INVOICE_NS)),
                net=Decimal(node.findtext("inv:net", namespaces=INVOICE_NS)),
            )
            for node in root.iterfind("inv:line", namespaces=INVOICE_NS)
        ]
        return SupplierInvoice(
            number=root.get("number"),
            supplier=root.findtext("inv:supplier", namespaces=INVOICE_NS),
            lines=lines,
        )


def invoices_from_email(raw: bytes, parser: InvoiceParser | None = None) -> list[SupplierInvoice]:
    parser = parser or InvoiceParser()
    msg: Message = email.message_from_bytes(raw)
    found = []
    for part in msg.walk():
        if part.get_content_type() in ("application/xml", "text/xml"):
            found.append(parser.parse(part.get_payload(decode=True)))
    return found
