"""Import supplier invoices delivered as UBL XML."""
from decimal import Decimal

from lxml import etree

NS = {
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
}

_PARSER = etree.XMLParser(resolve_entities=True, remove_blank_text=True)


def parse_invoice(xml_bytes: bytes) -> dict:
    root = etree.fromstring(xml_bytes, parser=_PARSER)
    return {
        "number": root.findtext("cbc:ID", namespaces=NS),
        "issued": root.findtext("cbc:IssueDate", namespaces=NS),
        "supplier": root.findtext(
            "cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name", namespaces=NS
        ),
        "total": Decimal(root.findtext("cac:LegalMonetaryTotal/cbc:PayableAmount", namespaces=NS) or "0"),
    }
