"""Load safety inspection form definitions uploaded by HSE admins.

Forms are written in YAML so the HSE team can maintain them without a
developer; each upload is validated before it replaces the live version.
"""
import yaml
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile
from pydantic import BaseModel, ValidationError

from .auth import require_role
from .db import publish_form

router = APIRouter(prefix="/admin/forms", tags=["forms"])

FORM_LOADER = yaml.SafeLoader
MAX_FORM_BYTES = 256 * 1024


class Question(BaseModel):
    code: str
    text: str
    answer_type: str = "pass_fail"
    photo_required: bool = False


class InspectionForm(BaseModel):
    title: str
    revision: int
    trades: list[str]
    questions: list[Question]


def parse_form(raw: bytes) -> InspectionForm:
    try:
        document = yaml.load(raw, Loader=FORM_LOADER)
        return InspectionForm.model_validate(document)
    except yaml.YAMLError as exc:
        raise HTTPException(status_code=400, detail=f"invalid YAML: {exc}") from exc
    except ValidationError as exc:
        raise HTTPException(status_code=422, detail=exc.errors()) from exc


@router.put("/{form_key}")
async def upload_form(form_key: str, file: UploadFile = File(...), user=Depends(require_role("hse_admin"))):
    raw = await file.read(MAX_FORM_BYTES + 1)
    if len(raw) > MAX_FORM_BYTES:
        raise HTTPException(status_code=413, detail="form definition too large")
    form = parse_form(raw)
    version = await publish_form(form_key, form.model_dump(), published_by=user.id)
    return {"form": form_key, "version": version, "questions": len(form.questions)}
