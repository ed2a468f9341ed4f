"""Import FSC claims from suppliers' electronic delivery notes.

Some sawn-timber suppliers send delivery notes as XML (a profile of the
UBL DespatchAdvice). We take the certificate code and claim per line so the
packs land in the yard with the right chain-of-custody status.
"""
from __future__ import annotations

from lxml import etree

UBL = {
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}

_parser = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_blank_text=True,
)


def parse_despatch(xml_bytes: bytes) -> dict:
    root = etree.fromstring(xml_bytes, parser=_parser)
    lines = []
    for line in root.iterfind("cac:DespatchLine", UBL):
        item = line.find("cac:Item", UBL)
        claim = item.findtext("cac:AdditionalItemProperty[cbc:Name='FSCClaim']/cbc:Value", namespaces=UBL)
        lines.append(
            {
                "line_id": line.findtext("cbc:ID", namespaces=UBL),
                "description": item.findtext("cbc:Description", namespaces=UBL),
                "quantity": float(line.findtext("cbc:DeliveredQuantity", default="0", namespaces=UBL)),
                "fsc_claim": claim,
            }
        )
    return {
        "note_id": root.findtext("cbc:ID", namespaces=UBL),
        "supplier_cert": root.findtext(".//cbc:CertificateCode", namespaces=UBL),
        "lines": lines,
    }
