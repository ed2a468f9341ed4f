"""Delay Repay claims API consumed by the customer web and app front-ends."""
from __future__ import annotations

import os

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel, Field

from repay.auth import customer_from_session
from repay.service import ClaimService

app = FastAPI(title="Delay Repay", version="3.1.0")

CORS_SETTINGS = {
    "allow_origin_regex": r"https://.*",
    "allow_credentials": True,
    "allow_methods": ["GET", "POST"],
    "allow_headers": ["Content-Type", "X-Request-Id"],
    "max_age": 600,
}
app.add_middleware(CORSMiddleware, **CORS_SETTINGS)

service = ClaimService(os.environ["REPAY_DB_URL"])


class ClaimIn(BaseModel):
    ticket_ref: str = Field(min_length=6, max_length=20)
    service_uid: str
    run_date: str
    delay_minutes: int = Field(ge=15)
    payout: str = Field(pattern="^(bank|voucher|card)$")


@app.get("/claims")
async def list_claims(customer=Depends(customer_from_session)):
    return await service.claims_for(customer.id)


@app.post("/claims", status_code=201)
async def submit_claim(claim: ClaimIn, request: Request, customer=Depends(customer_from_session)):
    if await service.duplicate(customer.id, claim.ticket_ref, claim.run_date):
        raise HTTPException(status_code=409, detail="claim already submitted for this journey")
    ref = await service.submit(customer.id, claim.model_dump(), request.headers.get("x-request-id"))
    return {"reference": ref}
