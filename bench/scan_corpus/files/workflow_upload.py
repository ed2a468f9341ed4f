"""Endpoints for uploading workflow definitions (YAML)."""
import yaml
from fastapi import APIRouter, File, HTTPException, UploadFile
from pydantic import BaseModel

router = APIRouter(prefix="/workflows")

MAX_SIZE = 256 * 1024


class WorkflowSummary(BaseModel):
    name: str
    steps: list[str]
    triggers: list[str]


@router.post("/validate", response_model=WorkflowSummary)
async def validate_workflow(definition: UploadFile = File(...)) -> WorkflowSummary:
    body = await definition.read()
    if len(body) > MAX_SIZE:
        raise HTTPException(status_code=413, detail="workflow file too large")

    try:
        doc = yaml.safe_load(body)
    except yaml.YAMLError as exc:
        raise HTTPException(status_code=422, detail=f"invalid YAML: {exc}") from exc

    if not isinstance(doc, dict) or not isinstance(doc.get("steps"), list):
        raise HTTPException(status_code=422, detail="'steps' must be a list")

    triggers = doc.get("on", [])
    if isinstance(triggers, str):
        triggers = [triggers]
    elif isinstance(triggers, dict):
        triggers = list(triggers)

    return WorkflowSummary(
        name=str(doc.get("name", definition.filename or "workflow")),
        steps=[str(s.get("name", f"step-{i}")) for i, s in enumerate(doc["steps"]) if isinstance(s, dict)],
        triggers=[str(t) for t in triggers],
    )
