"""Loads build sheets (cut lists and ironwork schedules) sent in by outworkers."""
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import yaml


@dataclass
class CutItem:
    part: str
    species: str
    qty: int
    length_mm: int
    section_mm: tuple[int, int]


@dataclass
class BuildSheet:
    job_ref: str
    vehicle: str
    cut_list: list[CutItem]
    ironwork: list[str]


class SheetError(ValueError):
    pass


def _items(raw: list[dict]) -> Iterator[CutItem]:
    for entry in raw:
        t, w = entry["section"]
        yield CutItem(
            part=entry["part"],
            species=entry.get("species", "ash"),
            qty=int(entry.get("qty", 1)),
            length_mm=int(entry["length"]),
            section_mm=(int(t), int(w)),
        )


def load_sheet(text: str) -> BuildSheet:
    doc = yaml.safe_load(text)
    if not isinstance(doc, dict) or "job" not in doc:
        raise SheetError("build sheet needs a 'job' key")
    try:
        return BuildSheet(
            job_ref=str(doc["job"]),
            vehicle=doc.get("vehicle", ""),
            cut_list=list(_items(doc.get("cut_list", []))),
            ironwork=[str(x) for x in doc.get("ironwork", [])],
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise SheetError(f"malformed cut list: {exc}") from exc


def load_inbox(inbox: Path) -> list[BuildSheet]:
    sheets = []
    for path in sorted(inbox.glob("*.y*ml")):
        sheets.append(load_sheet(path.read_text(encoding="utf-8")))
    return sheets


def board_feet(sheet: BuildSheet) -> float:
    total_mm3 = sum(i.qty * i.length_mm * i.section_mm[0] * i.section_mm[1] for i in sheet.cut_list)
    return round(total_mm3 / 2_359_737.216, 2)
