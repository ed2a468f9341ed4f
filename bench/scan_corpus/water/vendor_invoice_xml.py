"""Parse chemical-supplier e-invoices (UBL XML) uploaded by the treatment plant clerk."""
from decimal import Decimal
from typing import IO

from lxml import etree

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


def parse_invoice(fh: IO[bytes]) -> dict:
    root = etree.parse(fh, _PARSER).getroot()
    lines = []
    for line in root.iterfind("cac:InvoiceLine", namespaces=UBL):
        lines.append(
            {
                "item": line.findtext("cac:Item/cbc:Name", namespaces=UBL),
                "quantity": Decimal(line.findtext("cbc:InvoicedQuantity", namespaces=UBL)),
                "amount": Decimal(line.findtext("cbc:LineExtensionAmount", namespaces=UBL)),
            }
        )
    return {
        "invoice_no": root.findtext("cbc:ID", namespaces=UBL),
        "issue_date": root.findtext("cbc:IssueDate", namespaces=UBL),
        "supplier": root.findtext(
            "cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name", namespaces=UBL
        ),
        "total": Decimal(root.findtext("cac:LegalMonetaryTotal/cbc:PayableAmount", namespaces=UBL)),
        "lines": lines,
    }
