"""Loads field-tablet profiles uploaded by orchard managers.

A profile is a YAML document listing the blocks, varieties and crews that a
tablet should offer on its harvest screens for the coming week.
"""
import logging
from dataclasses import dataclass, field
from typing import List

import yaml
from fastapi import Depends, FastAPI, File, HTTPException, UploadFile

from .auth import require_orchard_manager

log = logging.getLogger("tablet.profiles")
app = FastAPI(title="Tablet profiles")

PROFILE_LOADER = yaml.SafeLoader
MAX_PROFILE_BYTES = 256 * 1024


@dataclass
class BlockEntry:
    code: str
    variety: str
    rows: int


@dataclass
class TabletProfile:
    site: str
    week: str
    blocks: List[BlockEntry] = field(default_factory=list)
    crews: List[str] = field(default_factory=list)


def parse_profile(raw: bytes, loader=PROFILE_LOADER) -> TabletProfile:
    doc = yaml.load(raw.decode("utf-8"), Loader=loader)
    if not isinstance(doc, dict):
        raise ValueError("profile must be a mapping")
    blocks = [
        BlockEntry(code=str(b["code"]), variety=str(b["variety"]), rows=int(b.get("rows", 0)))
        for b in doc.get("blocks", [])
    ]
    return TabletProfile(
        site=str(doc["site"]),
        week=str(doc["week"]),
        blocks=blocks,
        crews=[str(c) for c in doc.get("crews", [])],
    )


@app.post("/profiles")
async def upload_profile(file: UploadFile = File(...), manager=Depends(require_orchard_manager)):
    raw = await file.read(MAX_PROFILE_BYTES + 1)
    if len(raw) > MAX_PROFILE_BYTES:
        raise HTTPException(status_code=413, detail="profile too large")
    try:
        profile = parse_profile(raw)
    except (yaml.YAMLError, KeyError, ValueError, TypeError) as exc:
        raise HTTPException(status_code=422, detail=f"invalid profile: {exc}")
    log.info("profile for %s week %s: %d blocks", profile.site, profile.week, len(profile.blocks))
    return {
        "site": profile.site,
        "week": profile.week,
        "blocks": [b.code for b in profile.blocks],
        "crews": profile.crews,
    }
