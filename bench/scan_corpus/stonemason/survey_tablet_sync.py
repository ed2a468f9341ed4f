"""Syncs fixing-crew checklists exported from the survey tablets.

After a memorial is fixed, the crew completes a checklist (foundation
depth, ground anchor torque, topple test result) on the tablet, which
exports it as YAML for the back office.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

log = logging.getLogger(__name__)


@dataclass
class FixingChecklist:
    job_no: str
    fixer: str
    anchor_torque_nm: float
    foundation_depth_mm: int
    topple_test_passed: bool
    remarks: str = ""


def read_yaml(path: Path) -> Any:
    with path.open("r", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def to_checklist(doc: Any) -> FixingChecklist:
    if not isinstance(doc, dict):
        raise ValueError("checklist must be a mapping")
    return FixingChecklist(
        job_no=str(doc["job_no"]),
        fixer=str(doc["fixer"]),
        anchor_torque_nm=float(doc["anchor_torque_nm"]),
        foundation_depth_mm=int(doc["foundation_depth_mm"]),
        topple_test_passed=bool(doc["topple_test_passed"]),
        remarks=str(doc.get("remarks", "")),
    )


def sync_folder(inbox: Path, db) -> int:
    imported = 0
    for path in sorted(inbox.glob("*.yaml")):
        try:
            checklist = to_checklist(read_yaml(path))
        except (yaml.YAMLError, KeyError, ValueError, TypeError) as exc:
            log.warning("skipping %s: %s", path.name, exc)
            continue
        db.execute(
            "INSERT INTO fixing_checklists (job_no, fixer, anchor_torque_nm,"
            " foundation_depth_mm, topple_test_passed, remarks) VALUES (?, ?, ?, ?, ?, ?)",
            (checklist.job_no, checklist.fixer, checklist.anchor_torque_nm,
             checklist.foundation_depth_mm, checklist.topple_test_passed, checklist.remarks),
        )
        if not checklist.topple_test_passed:
            log.warning("job %s failed topple test, flagged for revisit", checklist.job_no)
        path.unlink()
        imported += 1
    db.commit()
    return imported
