"""Reads seasonal planting plans (YAML) uploaded by growers.

Example::

    farm: RIV-014
    season: 2025
    blocks:
      - name: North 40
        crop: corn
        hybrid: P1185
        seeding_rate_k: 34
"""
from dataclasses import dataclass

import yaml
from fastapi import APIRouter, File, HTTPException, UploadFile

router = APIRouter(prefix="/plans")
PLAN_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_PLAN_BYTES = 1_000_000


@dataclass
class PlannedBlock:
    name: str
    crop: str
    hybrid: str | None
    seeding_rate_k: float | None


def parse_plan(raw: bytes) -> tuple[str, int, list[PlannedBlock]]:
    doc = yaml.load(raw, Loader=PLAN_LOADER)
    if not isinstance(doc, dict):
        raise ValueError("plan must be a mapping")
    blocks = [
        PlannedBlock(
            name=str(b["name"]),
            crop=str(b["crop"]).lower(),
            hybrid=b.get("hybrid"),
            seeding_rate_k=float(b["seeding_rate_k"]) if "seeding_rate_k" in b else None,
        )
        for b in doc.get("blocks", [])
    ]
    return str(doc["farm"]), int(doc["season"]), blocks


@router.post("/upload")
async def upload_plan(plan: UploadFile = File(...)):
    raw = await plan.read(MAX_PLAN_BYTES + 1)
    if len(raw) > MAX_PLAN_BYTES:
        raise HTTPException(413, "plan file too large")
    try:
        farm, season, blocks = parse_plan(raw)
    except (yaml.YAMLError, KeyError, ValueError, TypeError) as exc:
        raise HTTPException(422, f"invalid plan: {exc}") from exc
    return {"farm": farm, "season": season, "blocks": len(blocks)}
