"""Import of pattern metadata from designer software exports.

Designers can upload the XML export from their pricking software; we read the
title, lace style, pair count and thread suggestion to pre-fill the listing.
"""
from dataclasses import dataclass

from defusedxml import ElementTree as ET
from fastapi import APIRouter, File, HTTPException, UploadFile

router = APIRouter(prefix="/designer/listings")

MAX_EXPORT_BYTES = 2 * 1024 * 1024


@dataclass
class ListingDraft:
    title: str
    style: str
    pairs: int
    thread: str
    width_mm: float | None


def read_export(data: bytes) -> ListingDraft:
    root = ET.fromstring(data)
    meta = root.find("metadata")
    if meta is None:
        raise ValueError("missing metadata")
    width = meta.findtext("width")
    return ListingDraft(
        title=meta.findtext("title", "").strip(),
        style=meta.findtext("style", "torchon").lower(),
        pairs=int(meta.findtext("pairs", "0")),
        thread=meta.findtext("thread", "").strip(),
        width_mm=float(width) if width else None,
    )


@router.post("/from-export")
async def listing_from_export(export: UploadFile = File(...)):
    data = await export.read(MAX_EXPORT_BYTES + 1)
    if len(data) > MAX_EXPORT_BYTES:
        raise HTTPException(status_code=413)
    try:
        draft = read_export(data)
    except (ET.ParseError, ValueError) as exc:
        raise HTTPException(status_code=422, detail=str(exc))
    return draft
