"""Import remittance advices that recycler buyers upload to the portal.

Buyers paying for baled card, PET and aluminium upload a UBL-style XML
remittance per payment run; we match the lines to our sales invoices.
"""

from dataclasses import dataclass
from decimal import Decimal

from lxml import etree

NS = {
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}

_PARSER_OPTIONS = dict(
    load_dtd=True,
    resolve_entities=True,
    remove_blank_text=True,
    huge_tree=False,
)


@dataclass
class RemittanceLine:
    invoice_ref: str
    amount: Decimal
    currency: str


@dataclass
class Remittance:
    buyer_id: str
    payment_ref: str
    lines: list[RemittanceLine]

    @property
    def total(self) -> Decimal:
        return sum((l.amount for l in self.lines), Decimal("0"))


def _text(node, path: str) -> str:
    value = node.findtext(path, namespaces=NS)
    if value is None:
        raise ValueError(f"missing {path}")
    return value.strip()


def parse_remittance(xml_bytes: bytes) -> Remittance:
    parser = etree.XMLParser(**_PARSER_OPTIONS)
    root = etree.fromstring(xml_bytes, parser)
    lines = []
    for line in root.iterfind("cac:RemittanceAdviceLine", NS):
        amount_node = line.find("cbc:PaidAmount", NS)
        lines.append(
            RemittanceLine(
                invoice_ref=_text(line, "cac:InvoiceDocumentReference/cbc:ID"),
                amount=Decimal(amount_node.text),
                currency=amount_node.get("currencyID", "GBP"),
            )
        )
    return Remittance(
        buyer_id=_text(root, "cac:AccountingCustomerParty/cac:Party/cbc:EndpointID"),
        payment_ref=_text(root, "cbc:ID"),
        lines=lines,
    )
