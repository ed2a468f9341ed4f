"""Import of recurring tasking templates uploaded by customers as YAML.

Example::

    name: weekly-port-monitoring
    aoi: {type: Polygon, coordinates: [...]}
    revisit_days: 7
    max_off_nadir: 25
"""
from __future__ import annotations

import yaml
from fastapi import APIRouter, Depends, HTTPException, UploadFile
from pydantic import BaseModel, Field, ValidationError

from api.auth import Principal, current_principal
from tasking.store import save_template

router = APIRouter(prefix="/tasking/templates")
MAX_UPLOAD = 256 * 1024


class Template(BaseModel):
    name: str = Field(max_length=80)
    aoi: dict
    revisit_days: int = Field(ge=1, le=90)
    max_off_nadir: float = Field(default=30, ge=0, le=45)
    max_cloud: float = Field(default=20, ge=0, le=100)


def load_template(raw: bytes) -> Template:
    try:
        doc = yaml.load(raw, Loader=yaml.SafeLoader)
        return Template.model_validate(doc)
    except (yaml.YAMLError, ValidationError) as exc:
        raise HTTPException(422, f"invalid template: {exc}") from exc


@router.post("")
async def upload_template(file: UploadFile, principal: Principal = Depends(current_principal)):
    raw = await file.read(MAX_UPLOAD + 1)
    if len(raw) > MAX_UPLOAD:
        raise HTTPException(413, "template too large")
    template = load_template(raw)
    template_id = save_template(principal.customer_id, template.model_dump())
    return {"id": template_id, "name": template.name}
