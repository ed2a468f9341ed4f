"""Import of contractor invoices in UBL 2.1 XML, uploaded through the
contractor portal or forwarded from the invoices@ mailbox."""
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from lxml import etree

NS = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
}

# Some contractors' billing tools emit a DOCTYPE with named entities (&euro; etc.)
_parser = etree.XMLParser(remove_blank_text=True, load_dtd=True, resolve_entities=True)


@dataclass
class ContractorInvoice:
    number: str
    issue_date: date
    supplier_vat: str
    supplier_name: str
    total: Decimal
    currency: str
    work_order_ref: str | None


def _text(root, path: str) -> str | None:
    node = root.find(path, NS)
    return node.text.strip() if node is not None and node.text else None


def parse_invoice(raw: bytes) -> ContractorInvoice:
    root = etree.fromstring(raw, parser=_parser)
    total_node = root.find("cac:LegalMonetaryTotal/cbc:PayableAmount", NS)
    if total_node is None:
        raise ValueError("invoice has no payable amount")
    return ContractorInvoice(
        number=_text(root, "cbc:ID"),
        issue_date=date.fromisoformat(_text(root, "cbc:IssueDate")),
        supplier_vat=_text(root, "cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cbc:CompanyID"),
        supplier_name=_text(root, "cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name"),
        total=Decimal(total_node.text),
        currency=total_node.get("currencyID", "EUR"),
        work_order_ref=_text(root, "cac:OrderReference/cbc:ID"),
    )
