"""Import inspection history from XML exports of other beekeeping apps."""

from dataclasses import dataclass
from datetime import date

from defusedxml import ElementTree as DET


@dataclass
class InspectionRecord:
    hive_ref: str
    visited_on: date
    queen_seen: bool
    temper: str
    notes: str


def _child_text(node, tag: str) -> str:
    child = node.find(tag)
    return (child.text or "").strip() if child is not None else ""


def parse_inspections(payload: bytes) -> list[InspectionRecord]:
    root = DET.fromstring(payload, forbid_dtd=True)
    records = []
    for node in root.iter("inspection"):
        records.append(
            InspectionRecord(
                hive_ref=node.get("hive", ""),
                visited_on=date.fromisoformat(_child_text(node, "date")),
                queen_seen=_child_text(node, "queen").lower() in {"yes", "true", "1"},
                temper=_child_text(node, "temper") or "unknown",
                notes=_child_text(node, "notes")[:4000],
            )
        )
    return records


def import_file(uploaded, apiary) -> int:
    records = parse_inspections(uploaded.read())
    imported = 0
    for rec in records:
        hive = apiary.hive_by_ref(rec.hive_ref)
        if hive is None:
            continue
        hive.add_inspection(rec.visited_on, rec.queen_seen, rec.notes, temper=rec.temper)
        imported += 1
    return imported
