"""Imports UBL invoices from the cedar log broker into accounts payable."""

from decimal import Decimal

from lxml import etree

from shinglemaker.payables import create_payable

UBL = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
}

_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
)


def parse_invoice(xml_bytes: bytes) -> dict:
    root = etree.fromstring(xml_bytes, parser=_PARSER)
    total = root.find("cac:LegalMonetaryTotal/cbc:PayableAmount", namespaces=UBL)
    return {
        "invoice_no": root.findtext("cbc:ID", namespaces=UBL),
        "issue_date": root.findtext("cbc:IssueDate", namespaces=UBL),
        "supplier": root.findtext(
            "cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name", namespaces=UBL
        ),
        "currency": total.get("currencyID"),
        "amount": Decimal(total.text),
        "lines": [
            {
                "description": line.findtext("cac:Item/cbc:Name", namespaces=UBL),
                "quantity": Decimal(line.findtext("cbc:InvoicedQuantity", namespaces=UBL)),
                "amount": Decimal(line.findtext("cbc:LineExtensionAmount", namespaces=UBL)),
            }
            for line in root.iterfind("cac:InvoiceLine", namespaces=UBL)
        ],
    }


def import_invoice_file(path: str) -> int:
    with open(path, "rb") as fh:
        invoice = parse_invoice(fh.read())
    return create_payable(invoice)
