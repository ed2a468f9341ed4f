"""Load commissioning checklists submitted by EPC contractors.

Contractors upload a YAML checklist per inverter block (IV curve results,
insulation resistance, torque checks). We validate and store it against the
block's commissioning record.
"""

from dataclasses import dataclass

import yaml
from fastapi import APIRouter, File, HTTPException, UploadFile

from commissioning.store import save_checklist

router = APIRouter(prefix="/commissioning")

MAX_BYTES = 1_000_000


@dataclass
class ChecklistItem:
    code: str
    passed: bool
    measured: float | None = None
    unit: str = ""


def parse_checklist(raw: bytes) -> list[ChecklistItem]:
    doc = yaml.load(raw, Loader=yaml.SafeLoader)
    if not isinstance(doc, dict) or not isinstance(doc.get("items"), list):
        raise ValueError("checklist must contain an 'items' list")
    items = []
    for entry in doc["items"]:
        items.append(ChecklistItem(
            code=str(entry["code"]),
            passed=bool(entry["passed"]),
            measured=float(entry["measured"]) if entry.get("measured") is not None else None,
            unit=str(entry.get("unit", "")),
        ))
    return items


@router.post("/blocks/{block_id}/checklist")
async def upload_checklist(block_id: int, file: UploadFile = File(...)):
    raw = await file.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise HTTPException(413, "checklist too large")
    try:
        items = parse_checklist(raw)
    except (yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
        raise HTTPException(422, f"invalid checklist: {exc}")
    save_checklist(block_id, items)
    failed = [i.code for i in items if not i.passed]
    return {"block_id": block_id, "items": len(items), "failed": failed}
