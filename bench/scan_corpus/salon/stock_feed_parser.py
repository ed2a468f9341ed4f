"""Parse the daily XML stock feed that the distributor drops on our upload endpoint."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from defusedxml import ElementTree as ET
from fastapi import APIRouter, Depends, Request

from stock.deps import distributor_auth
from stock.service import apply_feed

router = APIRouter(prefix="/stock/feed", tags=["stock"])


@dataclass
class FeedLine:
    sku: str
    on_hand: int
    cost: Decimal
    discontinued: bool


def parse_feed(xml_bytes: bytes) -> list[FeedLine]:
    root = ET.fromstring(xml_bytes)
    lines = []
    for item in root.iter("item"):
        lines.append(
            FeedLine(
                sku=item.get("sku", "").strip(),
                on_hand=int(item.findtext("onHand", default="0")),
                cost=Decimal(item.findtext("cost", default="0")),
                discontinued=item.findtext("status", default="") == "DISC",
            )
        )
    return lines


@router.post("/daily", dependencies=[Depends(distributor_auth)])
async def daily_feed(request: Request):
    body = await request.body()
    lines = parse_feed(body)
    result = apply_feed(lines)
    return {"received": len(lines), "updated": result.updated, "unknown_skus": result.unknown[:50]}
