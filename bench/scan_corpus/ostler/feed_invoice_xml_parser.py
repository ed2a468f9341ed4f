"""Parses UBL-style invoices emailed by the feed and bedding merchant."""

from decimal import Decimal

from lxml import etree

UBL = {
    "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
}

_PARSER = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)


def _value(node, path: str, default: str = "") -> str:
    found = node.find(path, UBL)
    return found.text.strip() if found is not None and found.text else default


def parse_invoice(payload: bytes) -> dict:
    root = etree.fromstring(payload, _PARSER)
    lines = []
    for line in root.iterfind("cac:InvoiceLine", UBL):
        lines.append(
            {
                "sku": _value(line, "cac:Item/cac:SellersItemIdentification/cbc:ID"),
                "description": _value(line, "cac:Item/cbc:Name"),
                "quantity": Decimal(_value(line, "cbc:InvoicedQuantity", "0")),
                "line_total": Decimal(_value(line, "cbc:LineExtensionAmount", "0")),
            }
        )
    return {
        "number": _value(root, "cbc:ID"),
        "issued": _value(root, "cbc:IssueDate"),
        "supplier": _value(root, "cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name"),
        "total": Decimal(_value(root, "cac:LegalMonetaryTotal/cbc:PayableAmount", "0")),
        "lines": lines,
    }


def bedding_and_feed_split(invoice: dict) -> dict[str, Decimal]:
    split = {"feed": Decimal("0"), "bedding": Decimal("0"), "other": Decimal("0")}
    for line in invoice["lines"]:
        desc = line["description"].lower()
        if any(w in desc for w in ("shavings", "straw", "pellet bed")):
            split["bedding"] += line["line_total"]
        elif any(w in desc for w in ("hay", "haylage", "chaff", "nuts", "mix")):
            split["feed"] += line["line_total"]
        else:
            split["other"] += line["line_total"]
    return split
