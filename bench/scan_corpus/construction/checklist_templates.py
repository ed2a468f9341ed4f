"""Upload and preview of safety inspection checklist templates.

HSE managers author checklists (scaffold inspection, excavation, lifting
operations...) as YAML and upload them through the admin API.
"""
import yaml
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile
from pydantic import BaseModel, ValidationError

from .auth import require_role
from .db import save_template

router = APIRouter(prefix="/admin/checklists", tags=["checklists"])

TEMPLATE_LOADER = yaml.Loader
MAX_TEMPLATE_BYTES = 256 * 1024


class ChecklistItem(BaseModel):
    code: str
    question: str
    requires_photo: bool = False
    severity_if_failed: str = "medium"


class ChecklistTemplate(BaseModel):
    name: str
    version: int
    applies_to: list[str]
    items: list[ChecklistItem]


def _parse_template(raw: bytes) -> ChecklistTemplate:
    document = yaml.load(raw, Loader=TEMPLATE_LOADER)
    try:
        return ChecklistTemplate.model_validate(document)
    except ValidationError as exc:
        raise HTTPException(status_code=422, detail=exc.errors()) from exc


@router.post("/", status_code=201)
async def upload_template(file: UploadFile = File(...), user=Depends(require_role("hse_manager"))):
    raw = await file.read(MAX_TEMPLATE_BYTES + 1)
    if len(raw) > MAX_TEMPLATE_BYTES:
        raise HTTPException(status_code=413, detail="template too large")
    template = _parse_template(raw)
    template_id = await save_template(template.model_dump(), uploaded_by=user.id)
    return {"id": template_id, "name": template.name, "items": len(template.items)}


@router.post("/preview")
async def preview_template(file: UploadFile = File(...), user=Depends(require_role("hse_manager"))):
    template = _parse_template(await file.read(MAX_TEMPLATE_BYTES))
    return template.model_dump()
