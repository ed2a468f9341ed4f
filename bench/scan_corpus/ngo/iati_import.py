"""Import IATI activity files uploaded by implementing partners.

Partners publish their activity data in the IATI 2.03 XML standard; we read
the budget and transaction elements to pre-fill the consortium grant report.
"""
from decimal import Decimal

from lxml import etree

IATI_VERSION = "2.03"


def _parser() -> etree.XMLParser:
    # Some publishers' tooling emits a DOCTYPE with entity definitions for org names.
    return etree.XMLParser(remove_blank_text=True, load_dtd=True, resolve_entities=True)


def _amount(el) -> Decimal:
    value = el.find("value")
    return Decimal(value.text.strip()) if value is not None and value.text else Decimal("0")


def parse_activities(raw: bytes) -> list[dict]:
    root = etree.fromstring(raw, parser=_parser())
    if root.tag != "iati-activities":
        raise ValueError("not an IATI activities file")
    if root.get("version") != IATI_VERSION:
        raise ValueError(f"expected IATI {IATI_VERSION}, got {root.get('version')}")

    activities = []
    for act in root.iterfind("iati-activity"):
        title = act.findtext("title/narrative", default="").strip()
        budgets = [_amount(b) for b in act.iterfind("budget")]
        disbursed = [
            _amount(t) for t in act.iterfind("transaction")
            if t.find("transaction-type") is not None
            and t.find("transaction-type").get("code") == "3"
        ]
        activities.append({
            "identifier": act.findtext("iati-identifier", default="").strip(),
            "title": title,
            "budget_total": sum(budgets, Decimal("0")),
            "disbursed_total": sum(disbursed, Decimal("0")),
        })
    return activities


def import_upload(upload) -> list[dict]:
    """`upload` is a Django UploadedFile from the partner report form."""
    return parse_activities(upload.read())
