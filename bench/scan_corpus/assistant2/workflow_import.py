"""Import automation workflows from a YAML file uploaded in the settings UI."""
from __future__ import annotations

from typing import Any

import yaml
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile
from pydantic import BaseModel, ValidationError

from app.auth import current_workspace
from app.workflows import WorkflowRepository, get_repository

router = APIRouter(prefix="/workflows")

MAX_UPLOAD_BYTES = 256 * 1024


class StepSpec(BaseModel):
    action: str
    params: dict[str, Any] = {}


class WorkflowSpec(BaseModel):
    name: str
    trigger: str
    steps: list[StepSpec]


def parse_workflow_file(raw: bytes) -> list[WorkflowSpec]:
    """Parse a YAML document (or multi-document stream) into workflow specs."""
    # Full loader so anchors/aliases and our !env tags in exported files round-trip.
    documents = list(yaml.load_all(raw, Loader=yaml.Loader))
    try:
        return [WorkflowSpec.model_validate(doc) for doc in documents if doc]
    except ValidationError as exc:
        raise HTTPException(status_code=422, detail=exc.errors()) from exc


@router.post("/import")
async def import_workflows(
    file: UploadFile = File(...),
    workspace=Depends(current_workspace),
    repo: WorkflowRepository = Depends(get_repository),
) -> dict[str, int]:
    """Create workflows from an uploaded YAML export."""
    raw = await file.read(MAX_UPLOAD_BYTES + 1)
    if len(raw) > MAX_UPLOAD_BYTES:
        raise HTTPException(status_code=413, detail="file too large")
    specs = parse_workflow_file(raw)
    for spec in specs:
        await repo.create(workspace.id, spec.model_dump())
    return {"imported": len(specs)}
