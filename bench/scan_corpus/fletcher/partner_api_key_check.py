"""API-key authentication for range-booking partners (travel sites, schools)."""
from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException, status

from fletcher.bookings.config import PartnerSettings, get_partner_settings
from fletcher.bookings.service import available_slots, hold_slot

app = FastAPI(title="Fletcher partner bookings")


def _matching_partner(presented: str, cfg: PartnerSettings) -> str | None:
    found = None
    for partner in cfg.partners:
        if not partner.enabled:
            continue
        if hmac.compare_digest(presented.encode(), partner.api_key.encode()):
            found = partner.name
    return found


async def require_partner(
    x_api_key: Annotated[str, Header()],
    cfg: Annotated[PartnerSettings, Depends(get_partner_settings)],
) -> str:
    partner = _matching_partner(x_api_key, cfg)
    if partner is None:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid api key")
    return partner


@app.get("/slots")
async def list_slots(date: str, lanes: int = 1, partner: str = Depends(require_partner)):
    return {"partner": partner, "slots": await available_slots(date, lanes)}


@app.post("/holds", status_code=201)
async def create_hold(slot_id: int, party_size: int, partner: str = Depends(require_partner)):
    hold = await hold_slot(slot_id=slot_id, party_size=party_size, source=partner)
    return {"hold_id": hold.id, "expires_at": hold.expires_at.isoformat()}
