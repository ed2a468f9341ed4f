"""Import e-invoices (UBL XML) that timber and rush suppliers e-mail to accounts@."""
import logging
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from email import message_from_bytes
from email.message import Message

from lxml import etree

log = logging.getLogger("finance.invoices")

NS = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
}


@dataclass
class SupplierInvoice:
    number: str
    supplier: str
    issued: date
    total: Decimal
    lines: list[tuple[str, Decimal]]


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)


def parse_invoice(xml_bytes: bytes) -> SupplierInvoice:
    root = etree.fromstring(xml_bytes, parser=_parser())
    text = lambda path: root.findtext(path, namespaces=NS) or ""
    lines = [
        (
            line.findtext("cac:Item/cbc:Name", namespaces=NS) or "",
            Decimal(line.findtext("cbc:LineExtensionAmount", namespaces=NS) or "0"),
        )
        for line in root.iterfind("cac:InvoiceLine", namespaces=NS)
    ]
    return SupplierInvoice(
        number=text("cbc:ID"),
        supplier=text("cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name"),
        issued=date.fromisoformat(text("cbc:IssueDate")),
        total=Decimal(text("cac:LegalMonetaryTotal/cbc:PayableAmount") or "0"),
        lines=lines,
    )


def invoices_from_email(raw: bytes) -> list[SupplierInvoice]:
    msg: Message = message_from_bytes(raw)
    found = []
    for part in msg.walk():
        name = (part.get_filename() or "").lower()
        if part.get_content_type() in ("application/xml", "text/xml") or name.endswith(".xml"):
            try:
                found.append(parse_invoice(part.get_payload(decode=True)))
            except (etree.XMLSyntaxError, ValueError) as exc:
                log.warning("skipping attachment %s from %s: %s", name, msg["From"], exc)
    return found
