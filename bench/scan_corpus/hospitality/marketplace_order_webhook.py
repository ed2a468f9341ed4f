"""Receive order events from the delivery marketplace.

The marketplace sends a bearer JWT with each callback; its claims identify
the store the order belongs to.
"""
import os

import jwt
from fastapi import APIRouter, Depends, Header, HTTPException, Request

from .orders import enqueue_delivery_order
from .stores import store_for_marketplace_id

router = APIRouter(prefix="/integrations/marketplace")

EXPECTED_ISSUER = os.environ["MARKETPLACE_ISSUER"]


def marketplace_claims(authorization: str = Header(...)) -> dict:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="missing bearer token")
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.InvalidTokenError:
        raise HTTPException(status_code=401, detail="malformed token")
    if claims.get("iss") != EXPECTED_ISSUER:
        raise HTTPException(status_code=401, detail="unexpected issuer")
    return claims


@router.post("/orders")
async def order_created(request: Request, claims: dict = Depends(marketplace_claims)):
    store = store_for_marketplace_id(claims["store_id"])
    if store is None:
        raise HTTPException(status_code=404, detail="unknown store")
    event = await request.json()
    enqueue_delivery_order(store.id, event)
    return {"status": "accepted"}


@router.post("/orders/{order_id}/cancel")
async def order_cancelled(order_id: str, claims: dict = Depends(marketplace_claims)):
    store = store_for_marketplace_id(claims["store_id"])
    if store is None:
        raise HTTPException(status_code=404, detail="unknown store")
    enqueue_delivery_order(store.id, {"type": "order.cancelled", "id": order_id})
    return {"status": "accepted"}
