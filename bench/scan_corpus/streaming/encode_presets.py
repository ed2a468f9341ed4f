"""Import/export of custom encoding presets for creators on the Pro plan."""
from __future__ import annotations

import yaml
from fastapi import APIRouter, Depends, HTTPException, UploadFile
from pydantic import BaseModel, Field, ValidationError

from .auth import current_creator
from .repo import save_preset

router = APIRouter(prefix="/studio/presets")


class EncodePreset(BaseModel):
    name: str = Field(max_length=64)
    codec: str = Field(pattern=r"^(h264|hevc|av1|vp9)$")
    max_height: int = Field(ge=144, le=4320)
    bitrate_kbps: int = Field(ge=100, le=80_000)
    keyframe_interval: float = 2.0
    audio_bitrate_kbps: int = 128


@router.post("/import")
async def import_preset(file: UploadFile, creator=Depends(current_creator)) -> dict:
    raw = await file.read()
    if len(raw) > 64 * 1024:
        raise HTTPException(status_code=413, detail="preset file too large")
    data = yaml.load(raw, Loader=yaml.Loader)
    try:
        preset = EncodePreset.model_validate(data)
    except ValidationError as exc:
        raise HTTPException(status_code=422, detail=exc.errors())
    preset_id = save_preset(creator.id, preset.model_dump())
    return {"id": preset_id, "name": preset.name}


@router.get("/{preset_id}/export")
async def export_preset(preset_id: int, creator=Depends(current_creator)) -> str:
    from .repo import load_preset

    preset = load_preset(creator.id, preset_id)
    if preset is None:
        raise HTTPException(status_code=404)
    return yaml.safe_dump(preset, sort_keys=False)
