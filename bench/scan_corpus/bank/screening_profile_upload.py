"""Upload endpoint for sanctions-screening tuning profiles.

Profiles are YAML documents written by the compliance team: match thresholds,
list subscriptions and name-matching options per customer segment.
"""
from __future__ import annotations

import yaml
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile
from pydantic import BaseModel, Field, ValidationError

from aml.auth import require_role
from aml.profiles import ProfileStore, get_profile_store

router = APIRouter(prefix="/aml/screening-profiles")
MAX_BYTES = 256 * 1024


class ScreeningProfile(BaseModel):
    segment: str
    match_threshold: float = Field(ge=0.5, le=1.0)
    lists: list[str]
    fuzzy_transliteration: bool = True
    max_hits_per_party: int = Field(default=25, ge=1, le=500)


@router.post("", dependencies=[Depends(require_role("compliance_admin"))])
async def upload_profile(upload: UploadFile = File(...), store: ProfileStore = Depends(get_profile_store)):
    raw = await upload.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise HTTPException(413, "profile too large")
    try:
        profile = ScreeningProfile.model_validate(yaml.safe_load(raw))
    except (yaml.YAMLError, ValidationError) as exc:
        raise HTTPException(422, f"invalid profile: {exc}") from None
    store.save(profile)
    return {"segment": profile.segment, "lists": profile.lists}
