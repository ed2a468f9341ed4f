"""Job-card board for the workshop wall screen.

Shows open job cards grouped by stage (dismantling, hub work, spoking,
felloeing, tyre setting, painting) and supports conditional GET so the wall
screen's once-a-minute refresh costs almost nothing when nothing has changed.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from enum import Enum

from flask import Blueprint, Response, current_app, jsonify, request

bp = Blueprint("board", __name__)


class Stage(str, Enum):
    DISMANTLING = "dismantling"
    HUB = "hub"
    SPOKING = "spoking"
    FELLOES = "felloes"
    TYRE = "tyre"
    PAINT = "paint"
    DONE = "done"


@dataclass
class CardSummary:
    number: str
    customer: str
    wheel: str
    stage: str
    rush: bool


def _load_cards() -> list[CardSummary]:
    rows = current_app.extensions["jobs_repo"].open_cards()
    return [CardSummary(r.number, r.customer_name, r.wheel_description, r.stage, r.rush)
            for r in rows]


def _group(cards: list[CardSummary], stage_filter: str | None) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = {s.value: [] for s in Stage if s is not Stage.DONE}
    for card in cards:
        if card.stage == Stage.DONE.value:
            continue
        if stage_filter and card.stage != stage_filter:
            continue
        grouped.setdefault(card.stage, []).append(asdict(card))
    for lane in grouped.values():
        lane.sort(key=lambda c: (not c["rush"], c["number"]))
    return grouped


@bp.get("/board")
def board():
    stage_filter = request.args.get("stage") or None
    payload = _group(_load_cards(), stage_filter)
    body = json.dumps(payload, sort_keys=True)
    etag = hashlib.sha256(body.encode("utf-8")).hexdigest()[:32]
    if request.headers.get("If-None-Match", "").strip('"') == etag:
        return Response(status=304, headers={"ETag": f'"{etag}"'})
    resp = jsonify(payload)
    resp.headers["ETag"] = f'"{etag}"'
    resp.headers["Cache-Control"] = "no-cache"
    return resp
