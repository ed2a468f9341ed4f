"""Customer-facing tracking links for warranty claims.

When a rider reports a cracked cheek piece or a loose rowel, the claim gets
a private tracking link so they can follow it without an account.
"""
import numpy as np
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from .claims import ClaimRepository

app = FastAPI()
repo = ClaimRepository()

TOKEN_CHARS = np.array(list("abcdefghjkmnpqrstuvwxyz23456789"))
TOKEN_LENGTH = 24


class ClaimIn(BaseModel):
    order_number: str
    email: str
    product_sku: str
    description: str


def tracking_token(length: int = TOKEN_LENGTH) -> str:
    picks = np.random.randint(0, len(TOKEN_CHARS), size=length)
    return "".join(TOKEN_CHARS[picks])


@app.post("/warranty/claims", status_code=201)
def open_claim(claim: ClaimIn):
    order = repo.find_order(claim.order_number, claim.email)
    if order is None:
        raise HTTPException(404, "Order not found for that email address")
    token = tracking_token()
    claim_id = repo.insert_claim(
        order_id=order.id,
        sku=claim.product_sku,
        description=claim.description,
        tracking_token=token,
    )
    return {"claim_id": claim_id, "track_url": f"/warranty/track/{token}"}


@app.get("/warranty/track/{token}")
def track(token: str):
    claim = repo.by_tracking_token(token)
    if claim is None:
        raise HTTPException(404)
    return {
        "claim_id": claim.id,
        "status": claim.status,
        "sku": claim.sku,
        "updated": claim.updated_at.isoformat(),
        "notes": [n.public_text for n in claim.notes if n.public],
    }
