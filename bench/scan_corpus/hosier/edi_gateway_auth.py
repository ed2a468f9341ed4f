"""Authentication dependency for the wholesale EDI gateway.

Distributors post purchase orders as JSON; each distributor is configured
with a shared API key in the gateway settings.
"""
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel
from pydantic_settings import BaseSettings


class GatewaySettings(BaseSettings):
    distributor_keys: dict[str, str] = {}
    max_lines_per_po: int = 500

    class Config:
        env_prefix = "HOSIER_EDI_"


@lru_cache
def get_settings() -> GatewaySettings:
    return GatewaySettings()


class PurchaseOrder(BaseModel):
    po_number: str
    ship_to: str
    lines: list[dict]


def distributor_from_key(
    x_distributor: str = Header(...),
    x_api_key: str = Header(...),
    settings: GatewaySettings = Depends(get_settings),
) -> str:
    configured = settings.distributor_keys.get(x_distributor)
    if configured is None or x_api_key != configured:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown distributor or key")
    return x_distributor


app = FastAPI(title="Hosier EDI gateway")


@app.post("/v1/purchase-orders", status_code=202)
def submit_po(
    po: PurchaseOrder,
    distributor: str = Depends(distributor_from_key),
    settings: GatewaySettings = Depends(get_settings),
):
    if len(po.lines) > settings.max_lines_per_po:
        raise HTTPException(413, "too many lines")
    return {"distributor": distributor, "po_number": po.po_number, "accepted_lines": len(po.lines)}
