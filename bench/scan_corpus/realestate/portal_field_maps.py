"""Load per-portal field maps uploaded by branch admins.

The YAML is validated against a small schema before being saved, so a
broken upload never reaches the nightly feed build.
"""
from __future__ import annotations

from typing import Any

import yaml
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from .auth import require_role
from .store import save_field_map

router = APIRouter(prefix="/admin/field-maps")

MAX_BYTES = 256 * 1024
KNOWN_PORTALS = {"rightmove", "zoopla", "onthemarket", "website"}


def validate(doc: Any) -> dict:
    if not isinstance(doc, dict):
        raise ValueError("top level must be a mapping")
    portal = doc.get("portal")
    if portal not in KNOWN_PORTALS:
        raise ValueError(f"unknown portal {portal!r}")
    fields = doc.get("fields")
    if not isinstance(fields, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in fields.items()
    ):
        raise ValueError("fields must map strings to strings")
    return {"portal": portal, "version": int(doc.get("version", 1)), "fields": fields}


@router.post("", status_code=201)
async def upload_field_map(file: UploadFile = File(...), admin=Depends(require_role("branch_admin"))):
    raw = await file.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="field map too large")
    try:
        doc = yaml.safe_load(raw)
        field_map = validate(doc)
    except (yaml.YAMLError, ValueError) as exc:
        raise HTTPException(status_code=422, detail=str(exc))
    save_field_map(branch_id=admin.branch_id, **field_map)
    return {"portal": field_map["portal"], "fields": len(field_map["fields"])}
