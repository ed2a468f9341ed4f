"""Reconcile ear tags scanned at the shearing shed with the flock register.

During crutching and shearing every sheep passes the race reader. This
compares what was scanned against what the register says should be in the
mob, listing missing animals, strays from other mobs and tags whose visual
number does not match the EID on record (a sign of a lost and replaced tag).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class TagRecord:
    eid: str
    visual_no: str
    pic: str
    mob_id: int


@dataclass
class ReconciliationReport:
    mob_id: int
    present: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    strays: list[str] = field(default_factory=list)
    visual_mismatch: list[tuple[str, str, str]] = field(default_factory=list)


def normalise_eid(raw: str) -> str:
    digits = "".join(ch for ch in raw if ch.isdigit())
    return f"{digits[:3]} {digits[3:]}" if len(digits) == 15 else raw.strip()


def load_register(path: Path) -> dict[str, TagRecord]:
    with path.open(newline="") as fh:
        return {
            normalise_eid(r["eid"]): TagRecord(
                normalise_eid(r["eid"]), r["visual_no"].strip(), r["pic"], int(r["mob_id"])
            )
            for r in csv.DictReader(fh)
        }


def reconcile(
    mob_id: int, register: dict[str, TagRecord], scans: list[tuple[str, str]]
) -> ReconciliationReport:
    report = ReconciliationReport(mob_id=mob_id)
    seen: set[str] = set()
    for raw_eid, visual in scans:
        eid = normalise_eid(raw_eid)
        seen.add(eid)
        record = register.get(eid)
        if record is None or record.mob_id != mob_id:
            report.strays.append(eid)
            continue
        report.present.append(eid)
        if visual and visual.strip() != record.visual_no:
            report.visual_mismatch.append((eid, record.visual_no, visual.strip()))
    report.missing = sorted(
        eid for eid, rec in register.items() if rec.mob_id == mob_id and eid not in seen
    )
    return report


def write_report(report: ReconciliationReport, out: Path) -> None:
    with out.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["category", "eid", "register_visual", "scanned_visual"])
        for eid in report.missing:
            w.writerow(["missing", eid, "", ""])
        for eid in report.strays:
            w.writerow(["stray", eid, "", ""])
        for eid, expected, got in report.visual_mismatch:
            w.writerow(["visual_mismatch", eid, expected, got])
