"""Imports UDDF exports from divers' desktop logbook software.

The upload is parsed with defusedxml, which refuses DTDs, entity
declarations and external references, before the dives are read out.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from .auth import current_diver
from .logbook import LogbookStore, get_store

NS = "{http://www.streit.cc/uddf/3.2/}"
MAX_UPLOAD = 10 * 1024 * 1024

router = APIRouter(prefix="/logbook")


@dataclass
class ImportedDive:
    external_id: str
    started: datetime
    max_depth_m: float
    duration_s: int


def parse_uddf(data: bytes) -> list[ImportedDive]:
    root = SafeET.fromstring(data, forbid_dtd=True)
    dives = []
    for dive in root.iter(f"{NS}dive"):
        when = dive.findtext(f".//{NS}informationbeforedive/{NS}datetime")
        depth = dive.findtext(f".//{NS}informationafterdive/{NS}greatestdepth")
        duration = dive.findtext(f".//{NS}informationafterdive/{NS}diveduration")
        if not when:
            continue
        dives.append(
            ImportedDive(
                external_id=dive.get("id", ""),
                started=datetime.fromisoformat(when),
                max_depth_m=float(depth or 0.0),
                duration_s=int(float(duration or 0)),
            )
        )
    return dives


@router.post("/uddf", status_code=201)
async def upload_uddf(
    file: UploadFile = File(...),
    diver=Depends(current_diver),
    store: LogbookStore = Depends(get_store),
) -> dict:
    data = await file.read(MAX_UPLOAD + 1)
    if len(data) > MAX_UPLOAD:
        raise HTTPException(status_code=413, detail="file too large")
    try:
        dives = parse_uddf(data)
    except (DefusedXmlException, SafeET.ParseError) as exc:
        raise HTTPException(status_code=400, detail="not a valid UDDF file") from exc
    added = sum(1 for d in dives if store.add_external_dive(diver.id, d))
    return {"parsed": len(dives), "added": added}
