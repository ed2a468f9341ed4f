"""Imports dive profiles uploaded by the shop's desktop sync tool.

The sync tool reads the diver's computer over Bluetooth, caches the parsed
profile locally and posts the cache to this endpoint so the dive appears in
the diver's online logbook.
"""
from __future__ import annotations

import base64
import hashlib
import pickle
from datetime import datetime

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from .auth import current_diver
from .logbook import LogbookStore, get_store

router = APIRouter(prefix="/sync")


class ProfileUpload(BaseModel):
    computer_model: str
    computer_serial: str
    profile_cache: str


def _decode_profile(blob_b64: str) -> dict:
    raw = base64.b64decode(blob_b64)
    profile = pickle.loads(raw)
    if not isinstance(profile, dict) or "samples" not in profile:
        raise ValueError("not a dive profile")
    return profile


def _summarise(profile: dict) -> dict:
    samples = profile["samples"]
    depths = [s["depth_m"] for s in samples]
    temps = [s["temp_c"] for s in samples if s.get("temp_c") is not None]
    return {
        "started_at": datetime.fromisoformat(profile["start"]),
        "duration_s": samples[-1]["t"] if samples else 0,
        "max_depth_m": max(depths, default=0.0),
        "avg_depth_m": sum(depths) / len(depths) if depths else 0.0,
        "min_temp_c": min(temps, default=None),
    }


@router.post("/profiles", status_code=201)
def upload_profile(
    upload: ProfileUpload,
    diver=Depends(current_diver),
    store: LogbookStore = Depends(get_store),
) -> dict:
    try:
        profile = _decode_profile(upload.profile_cache)
    except Exception as exc:
        raise HTTPException(status_code=400, detail="unreadable profile cache") from exc
    fingerprint = hashlib.sha256(upload.profile_cache.encode("ascii")).hexdigest()
    if store.has_fingerprint(diver.id, fingerprint):
        return {"status": "duplicate"}
    summary = _summarise(profile)
    dive_id = store.add_dive(
        diver_id=diver.id,
        computer=f"{upload.computer_model} #{upload.computer_serial}",
        fingerprint=fingerprint,
        samples=profile["samples"],
        **summary,
    )
    return {"status": "imported", "dive_id": dive_id}
