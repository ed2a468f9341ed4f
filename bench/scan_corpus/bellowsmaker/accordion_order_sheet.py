"""Parses accordion bellows order sheets submitted through the web shop.

Dealers and players can order a new bellows by uploading a small YAML file
with the bellows frame size, fold count, corner style and papers. The web
shop turns it into a draft order for review by the workshop.
"""
from dataclasses import dataclass

import yaml
from fastapi import APIRouter, File, HTTPException, UploadFile

router = APIRouter(prefix="/shop/bellows-orders")

CORNER_STYLES = {"metal", "leather", "cloth"}
MAX_UPLOAD = 64 * 1024


@dataclass
class AccordionBellowsOrder:
    frame_width_mm: int
    frame_height_mm: int
    folds: int
    corners: str
    paper_pattern: str
    gusset_colour: str


def _read_order(text: str) -> AccordionBellowsOrder:
    doc = yaml.safe_load(text)
    if not isinstance(doc, dict):
        raise ValueError("order sheet must be a mapping")
    corners = str(doc.get("corners", "metal")).lower()
    if corners not in CORNER_STYLES:
        raise ValueError(f"unknown corner style {corners!r}")
    folds = int(doc["folds"])
    if not 10 <= folds <= 24:
        raise ValueError("fold count out of range")
    return AccordionBellowsOrder(
        frame_width_mm=int(doc["frame"]["width_mm"]),
        frame_height_mm=int(doc["frame"]["height_mm"]),
        folds=folds,
        corners=corners,
        paper_pattern=str(doc.get("paper", "plain black")),
        gusset_colour=str(doc.get("gusset", "black")),
    )


@router.post("/upload")
async def upload_order_sheet(sheet: UploadFile = File(...)):
    raw = await sheet.read(MAX_UPLOAD + 1)
    if len(raw) > MAX_UPLOAD:
        raise HTTPException(status_code=413, detail="sheet too large")
    try:
        order = _read_order(raw.decode("utf-8"))
    except (KeyError, TypeError, ValueError, yaml.YAMLError) as exc:
        raise HTTPException(status_code=422, detail=f"invalid order sheet: {exc}")
    return {"draft": order.__dict__, "status": "pending_review"}
