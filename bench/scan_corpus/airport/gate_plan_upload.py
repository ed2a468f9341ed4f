"""Upload of seasonal gate plans (YAML) from the planning team's tool."""
import yaml
from fastapi import APIRouter, HTTPException, UploadFile

from gates.plans import GatePlan, save_plan

router = APIRouter(prefix="/gate-plans")

REQUIRED_KEYS = {"season", "terminal", "assignments"}


def parse_plan(stream) -> GatePlan:
    doc = yaml.load(stream, Loader=yaml.SafeLoader)
    if not isinstance(doc, dict) or not REQUIRED_KEYS <= doc.keys():
        raise ValueError(f"gate plan must contain {sorted(REQUIRED_KEYS)}")
    return GatePlan(
        season=str(doc["season"]),
        terminal=str(doc["terminal"]),
        assignments=[
            {"airline": a["airline"], "gates": list(a["gates"]), "days": a.get("days", "1234567")}
            for a in doc["assignments"]
        ],
    )


@router.post("")
async def upload_plan(file: UploadFile):
    if not file.filename.endswith((".yaml", ".yml")):
        raise HTTPException(415, "expected a YAML file")
    content = await file.read()
    if len(content) > 2_000_000:
        raise HTTPException(413, "plan too large")
    try:
        plan = parse_plan(content)
    except (yaml.YAMLError, ValueError, KeyError, TypeError) as exc:
        raise HTTPException(422, f"invalid gate plan: {exc}")
    plan_id = save_plan(plan)
    return {"id": plan_id, "assignments": len(plan.assignments)}
