"""Webhook endpoint registration for dealers who want order-status callbacks."""
from __future__ import annotations

import secrets
import uuid
from datetime import datetime, timezone

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, HttpUrl

from fletcher.dealers.auth import current_dealer
from fletcher.dealers.store import WebhookStore

router = APIRouter(prefix="/dealer/webhooks", tags=["dealer-webhooks"])

SIGNING_SECRET_BYTES = 32
MAX_ENDPOINTS = 5


class EndpointIn(BaseModel):
    url: HttpUrl
    events: list[str] = ["order.shipped", "order.backordered"]


class EndpointOut(BaseModel):
    id: str
    url: HttpUrl
    events: list[str]
    signing_secret: str
    created_at: datetime


def new_signing_secret() -> str:
    return "whsec_" + secrets.token_urlsafe(SIGNING_SECRET_BYTES)


@router.post("", response_model=EndpointOut, status_code=201)
async def register_endpoint(body: EndpointIn, dealer=Depends(current_dealer), store: WebhookStore = Depends()):
    if await store.count_for(dealer.id) >= MAX_ENDPOINTS:
        raise HTTPException(status_code=409, detail="endpoint limit reached")
    endpoint = {
        "id": str(uuid.uuid4()),
        "dealer_id": dealer.id,
        "url": str(body.url),
        "events": body.events,
        "signing_secret": new_signing_secret(),
        "created_at": datetime.now(timezone.utc),
    }
    await store.insert(endpoint)
    return EndpointOut(**endpoint)


@router.post("/{endpoint_id}/roll-secret", response_model=EndpointOut)
async def roll_secret(endpoint_id: str, dealer=Depends(current_dealer), store: WebhookStore = Depends()):
    endpoint = await store.get(endpoint_id)
    if endpoint is None or endpoint["dealer_id"] != dealer.id:
        raise HTTPException(status_code=404)
    endpoint["signing_secret"] = new_signing_secret()
    await store.update(endpoint_id, signing_secret=endpoint["signing_secret"])
    return EndpointOut(**endpoint)
