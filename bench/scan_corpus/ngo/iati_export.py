"""Validate partner IATI uploads and build our consolidated IATI file.

Uploaded files are parsed with defusedxml; lxml is only used to build the
outgoing document.
"""
from decimal import Decimal

from defusedxml import ElementTree as DefusedET
from lxml import etree

IATI_VERSION = "2.03"


def read_partner_file(raw: bytes) -> list[dict]:
    root = DefusedET.fromstring(raw)
    if root.tag != "iati-activities":
        raise ValueError("not an IATI activities file")
    out = []
    for act in root.iter("iati-activity"):
        budget = sum(
            (Decimal(v.text.strip()) for v in act.iterfind("budget/value") if v.text),
            Decimal("0"),
        )
        out.append({
            "identifier": (act.findtext("iati-identifier") or "").strip(),
            "title": (act.findtext("title/narrative") or "").strip(),
            "budget": budget,
        })
    return out


def build_consolidated(org_ref: str, org_name: str, activities: list[dict]) -> bytes:
    root = etree.Element("iati-activities", version=IATI_VERSION)
    for a in activities:
        act = etree.SubElement(root, "iati-activity", {"default-currency": "GBP"})
        etree.SubElement(act, "iati-identifier").text = a["identifier"]
        rep = etree.SubElement(act, "reporting-org", ref=org_ref, type="21")
        etree.SubElement(rep, "narrative").text = org_name
        title = etree.SubElement(act, "title")
        etree.SubElement(title, "narrative").text = a["title"]
        budget = etree.SubElement(act, "budget", type="1", status="2")
        etree.SubElement(budget, "value").text = f"{a['budget']:.2f}"
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
