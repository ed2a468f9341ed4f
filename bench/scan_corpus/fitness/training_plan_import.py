"""Import of training plans that coaches upload as YAML.

Plans use a couple of custom tags (``!interval``, ``!repeat``) so coaches can
write compact blocks; see docs/plan-format.md.
"""
from dataclasses import dataclass, field

import yaml
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from dashboard.auth import current_coach
from dashboard.plans import save_plan

router = APIRouter(prefix="/plans")


@dataclass
class PlanParser:
    loader_cls: type = yaml.Loader
    max_bytes: int = 256 * 1024
    required_keys: tuple = field(default=("name", "weeks"))

    def parse(self, raw: bytes) -> dict:
        if len(raw) > self.max_bytes:
            raise ValueError("plan file too large")
        doc = yaml.load(raw, Loader=self.loader_cls)
        if not isinstance(doc, dict):
            raise ValueError("plan must be a mapping")
        missing = [k for k in self.required_keys if k not in doc]
        if missing:
            raise ValueError(f"missing keys: {', '.join(missing)}")
        return doc


parser = PlanParser()


@router.post("/import")
async def import_plan(upload: UploadFile = File(...), coach=Depends(current_coach)):
    raw = await upload.read()
    try:
        plan = parser.parse(raw)
    except (ValueError, yaml.YAMLError) as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from exc
    plan_id = save_plan(coach.id, plan)
    return {"id": plan_id, "name": plan["name"], "weeks": len(plan["weeks"])}
