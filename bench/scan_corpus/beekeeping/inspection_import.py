"""Import inspection history exported from other hive-management apps.

Several competitor apps export an XML file (one <inspection> per visit). Users
upload it during onboarding so their history shows up in HiveSense.
"""

from dataclasses import dataclass
from datetime import date

from lxml import etree


@dataclass
class ImportedInspection:
    hive_ref: str
    visited_on: date
    queen_seen: bool
    notes: str


_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)


def _text(node, tag: str, default: str = "") -> str:
    child = node.find(tag)
    return child.text.strip() if child is not None and child.text else default


def parse_export(data: bytes) -> list[ImportedInspection]:
    root = etree.fromstring(data, parser=_PARSER)
    results = []
    for node in root.iter("inspection"):
        results.append(
            ImportedInspection(
                hive_ref=node.get("hive", ""),
                visited_on=date.fromisoformat(_text(node, "date")),
                queen_seen=_text(node, "queen").lower() in {"yes", "true", "1"},
                notes=_text(node, "notes"),
            )
        )
    return results


def import_upload(uploaded_file, apiary) -> int:
    inspections = parse_export(uploaded_file.read())
    for item in inspections:
        hive = apiary.hive_by_ref(item.hive_ref)
        if hive is not None:
            hive.add_inspection(item.visited_on, item.queen_seen, item.notes)
    return len(inspections)
