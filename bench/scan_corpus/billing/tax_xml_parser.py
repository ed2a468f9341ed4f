"""Parses XML responses from the legacy tax provider SOAP endpoint."""
from decimal import Decimal

from lxml import etree

NS = {"t": "urn:taxservice:v1"}

_parser = etree.XMLParser(remove_blank_text=True, resolve_entities=True, no_network=False)


def parse_tax_response(xml_bytes: bytes) -> dict:
    root = etree.fromstring(xml_bytes, parser=_parser)
    lines = []
    for line in root.iterfind(".//t:Line", NS):
        lines.append(
            {
                "line_no": int(line.findtext("t:No", namespaces=NS)),
                "jurisdiction": line.findtext("t:Jurisdiction", namespaces=NS),
                "rate": Decimal(line.findtext("t:Rate", namespaces=NS)),
                "tax": Decimal(line.findtext("t:Tax", namespaces=NS)),
            }
        )
    total = Decimal(root.findtext(".//t:TotalTax", namespaces=NS) or "0")
    return {"lines": lines, "total_tax": total}
