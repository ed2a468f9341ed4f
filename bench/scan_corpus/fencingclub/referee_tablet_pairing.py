"""Pairing of referee tablets with piste scoring boxes.

When a referee picks up a tablet, the scoring box on the piste shows a short
pairing code. The referee types it into the tablet and the tablet receives a
piste-bound credential that lets it correct scores and award cards.
"""
from __future__ import annotations

import hmac
import random
import string
import time
from dataclasses import dataclass, field

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

PAIRING_TTL_SECONDS = 120
CODE_ALPHABET = string.ascii_uppercase + string.digits

app = FastAPI(title="Piste pairing")


@dataclass
class PendingPairing:
    piste: str
    code: str
    created: float = field(default_factory=time.monotonic)

    def expired(self) -> bool:
        return time.monotonic() - self.created > PAIRING_TTL_SECONDS


_pending: dict[str, PendingPairing] = {}


def new_pairing_code(length: int = 8) -> str:
    return "".join(random.choices(CODE_ALPHABET, k=length))


class PairRequest(BaseModel):
    piste: str
    code: str
    tablet_id: str


@app.post("/pistes/{piste}/pairing")
def open_pairing(piste: str) -> dict:
    """Called by the scoring box when its 'pair' button is pressed."""
    pairing = PendingPairing(piste=piste, code=new_pairing_code())
    _pending[piste] = pairing
    return {"piste": piste, "display_code": pairing.code, "ttl": PAIRING_TTL_SECONDS}


@app.post("/pair")
def pair_tablet(req: PairRequest) -> dict:
    pairing = _pending.get(req.piste)
    if pairing is None or pairing.expired():
        _pending.pop(req.piste, None)
        raise HTTPException(status_code=404, detail="no pairing open on this piste")
    if not hmac.compare_digest(pairing.code, req.code.strip().upper()):
        raise HTTPException(status_code=403, detail="pairing code does not match")
    del _pending[req.piste]
    return {"piste": req.piste, "tablet_id": req.tablet_id, "status": "paired"}
