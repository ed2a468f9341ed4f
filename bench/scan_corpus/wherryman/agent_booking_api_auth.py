"""API key authentication for travel agents booking group sailings.

Partner agents send their key in X-Agent-Key. Keys are provisioned by
the sales team and rotated through the settings service.
"""
from functools import lru_cache
from typing import Tuple

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel

from wherryman.bookings import create_group_booking
from wherryman.settings import get_settings

app = FastAPI(title="Wherryman agent API")


class GroupBookingIn(BaseModel):
    sailing_id: int
    party_size: int
    lead_name: str
    contact_email: str


@lru_cache
def agent_keys() -> Tuple[str, ...]:
    cfg = get_settings()
    return tuple(k.strip() for k in cfg.agent_api_keys.split(",") if k.strip())


def require_agent(x_agent_key: str = Header(...)) -> str:
    if x_agent_key not in agent_keys():
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown agent key")
    return x_agent_key


@app.post("/agent/group-bookings", status_code=201)
def book_group(body: GroupBookingIn, agent_key: str = Depends(require_agent)):
    if body.party_size < 10:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, "groups start at 10")
    booking = create_group_booking(
        sailing_id=body.sailing_id,
        party_size=body.party_size,
        lead_name=body.lead_name,
        contact_email=body.contact_email,
        channel="agent",
    )
    return {"reference": booking.reference, "total_pence": booking.total_pence}
