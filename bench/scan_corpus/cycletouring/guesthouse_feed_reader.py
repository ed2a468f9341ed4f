"""Reads room inventory XML that guesthouses upload through the partner API."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fastapi import APIRouter, Depends, HTTPException, Request
from lxml import etree

router = APIRouter(prefix="/partner/inventory")

MAX_FEED_BYTES = 2 * 1024 * 1024

SAFE_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
)


@dataclass
class InventoryLine:
    night: date
    room_type: str
    rooms: int


def parse_inventory(raw: bytes) -> tuple[str, list[InventoryLine]]:
    root = etree.fromstring(raw, parser=SAFE_PARSER)
    if root.tag != "inventory":
        raise ValueError("root element must be <inventory>")
    house = root.get("house", "")
    lines = [
        InventoryLine(
            night=date.fromisoformat(el.get("night", "")),
            room_type=el.get("type", "double"),
            rooms=int(el.get("rooms", "0")),
        )
        for el in root.iter("rooms")
    ]
    return house, lines


def partner_code(request: Request) -> str:
    code = request.state.partner_code
    if not code:
        raise HTTPException(status_code=401)
    return code


@router.put("/")
async def upload_inventory(request: Request, partner: str = Depends(partner_code)):
    raw = await request.body()
    if len(raw) > MAX_FEED_BYTES:
        raise HTTPException(status_code=413)
    try:
        house, lines = parse_inventory(raw)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from exc
    if house != partner:
        raise HTTPException(status_code=403, detail="feed is for another guesthouse")
    request.app.state.inventory.replace(house, lines)
    return {"house": house, "lines": len(lines)}
