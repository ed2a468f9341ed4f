"""Authentication for the partner API that marketplaces use to open escrow deals."""
from __future__ import annotations

import json
import os
from decimal import Decimal
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel, Field

app = FastAPI(title="Escrow partner API")


@lru_cache(maxsize=1)
def partner_keys() -> dict[str, str]:
    """Partner id -> API key, provisioned by the deployment as a JSON secret."""
    with open(os.environ["PARTNER_KEYS_FILE"], encoding="utf-8") as fh:
        return json.load(fh)


def authenticate_partner(
    x_partner_id: str = Header(...),
    x_api_key: str = Header(...),
) -> str:
    expected = partner_keys().get(x_partner_id)
    if expected is None or expected != x_api_key:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid credentials")
    return x_partner_id


class DealRequest(BaseModel):
    external_order_id: str = Field(max_length=64)
    buyer_email: str
    seller_email: str
    amount: Decimal = Field(gt=0)
    currency: str = Field(min_length=3, max_length=3)
    inspection_days: int = Field(default=3, ge=1, le=30)


class DealResponse(BaseModel):
    deal_id: str
    state: str


@app.post("/v1/deals", response_model=DealResponse, status_code=201)
def open_deal(payload: DealRequest, partner_id: str = Depends(authenticate_partner)) -> DealResponse:
    deal_id = f"{partner_id}-{payload.external_order_id}"
    # Persistence is handled by the deal service; this endpoint only validates input.
    return DealResponse(deal_id=deal_id, state="awaiting_deposit")


@app.get("/v1/deals/{deal_id}", response_model=DealResponse)
def get_deal(deal_id: str, partner_id: str = Depends(authenticate_partner)) -> DealResponse:
    if not deal_id.startswith(f"{partner_id}-"):
        raise HTTPException(status_code=404, detail="not found")
    return DealResponse(deal_id=deal_id, state="awaiting_deposit")
