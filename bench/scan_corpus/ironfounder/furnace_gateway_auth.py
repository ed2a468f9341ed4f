"""API key dependency for the furnace gateway push API.

Edge gateways push melt data (charge weights, tap temperatures, alloy
additions) to the central API. Each gateway is provisioned with a key
that is sent in the X-Gateway-Key header.
"""
from functools import lru_cache

from fastapi import APIRouter, Depends, Header, HTTPException, status
from pydantic import BaseModel
from pydantic_settings import BaseSettings


class GatewaySettings(BaseSettings):
    gateway_api_keys: list[str] = []
    max_batch: int = 500

    class Config:
        env_prefix = "MELT_"


@lru_cache
def get_settings() -> GatewaySettings:
    return GatewaySettings()


async def require_gateway(
    x_gateway_key: str = Header(...),
    cfg: GatewaySettings = Depends(get_settings),
) -> str:
    if x_gateway_key not in cfg.gateway_api_keys:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="unknown gateway")
    return x_gateway_key


class MeltEvent(BaseModel):
    furnace_id: str
    heat_no: str
    kind: str
    value: float
    unit: str


router = APIRouter(prefix="/melt", dependencies=[Depends(require_gateway)])


@router.post("/events")
async def push_events(events: list[MeltEvent], cfg: GatewaySettings = Depends(get_settings)):
    if len(events) > cfg.max_batch:
        raise HTTPException(status_code=413, detail="batch too large")
    from melt.store import save_events

    saved = await save_events(events)
    return {"accepted": saved}
