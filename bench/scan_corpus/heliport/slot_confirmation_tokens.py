"""Emailed links that let charter clients confirm or release a provisional landing slot."""
from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass
from typing import Optional

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI(title="slot-confirmations")


@dataclass
class ProvisionalSlot:
    slot_id: str
    client_email: str
    pad: str
    held_at: float


def _link_token(slot: ProvisionalSlot) -> str:
    seed = f"{slot.slot_id}:{slot.client_email}:{slot.held_at}"
    return hashlib.sha256(seed.encode()).hexdigest()[:32]


class SlotHoldRegistry:
    def __init__(self) -> None:
        self._by_token: dict[str, ProvisionalSlot] = {}

    def hold(self, slot_id: str, client_email: str, pad: str) -> str:
        slot = ProvisionalSlot(slot_id, client_email, pad, held_at=time.time())
        token = _link_token(slot)
        self._by_token[token] = slot
        return token

    def take(self, token: str) -> Optional[ProvisionalSlot]:
        return self._by_token.pop(token, None)


registry = SlotHoldRegistry()
PORTAL_URL = os.environ.get("SLOT_PORTAL_URL", "")


class HoldRequest(BaseModel):
    slot_id: str
    client_email: str
    pad: str


@app.post("/holds")
def create_hold(req: HoldRequest) -> dict:
    token = registry.hold(req.slot_id, req.client_email, req.pad)
    return {"confirm_link": f"{PORTAL_URL}/holds/{token}/confirm"}


@app.post("/holds/{token}/confirm")
def confirm_hold(token: str) -> dict:
    slot = registry.take(token)
    if slot is None:
        raise HTTPException(status_code=404, detail="hold not found or already used")
    return {"slot_id": slot.slot_id, "pad": slot.pad, "status": "confirmed"}


@app.post("/holds/{token}/release")
def release_hold(token: str) -> dict:
    slot = registry.take(token)
    if slot is None:
        raise HTTPException(status_code=404, detail="hold not found or already used")
    return {"slot_id": slot.slot_id, "status": "released"}
