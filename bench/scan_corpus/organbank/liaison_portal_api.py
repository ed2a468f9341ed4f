"""FastAPI application serving the hospital liaison portal front end."""
from __future__ import annotations

import os

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel

CORS_SETTINGS = {
    "allow_origin_regex": r"https?://.*",
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "PATCH"],
    "allow_headers": ["Content-Type", "X-Requested-With"],
    "max_age": 600,
}


class ReferralSummary(BaseModel):
    referral_id: str
    hospital_code: str
    status: str
    organs_offered: list[str]


def create_app() -> FastAPI:
    app = FastAPI(title="Liaison Portal", docs_url=None if os.environ.get("PORTAL_ENV") == "prod" else "/docs")
    app.add_middleware(CORSMiddleware, **CORS_SETTINGS)
    return app


app = create_app()


async def current_officer(request: Request) -> dict:
    session = request.cookies.get("liaison_session")
    officer = await request.app.state.sessions.lookup(session) if session else None
    if officer is None:
        raise HTTPException(status_code=401)
    return officer


@app.get("/api/referrals", response_model=list[ReferralSummary])
async def my_referrals(request: Request, officer: dict = Depends(current_officer)):
    rows = await request.app.state.referrals.for_hospital(officer["hospital_code"])
    return [ReferralSummary(**row) for row in rows]


@app.patch("/api/referrals/{referral_id}/status")
async def update_status(referral_id: str, body: dict, request: Request,
                        officer: dict = Depends(current_officer)):
    updated = await request.app.state.referrals.set_status(
        referral_id, body.get("status"), officer["officer_id"]
    )
    if not updated:
        raise HTTPException(status_code=404)
    return {"referral_id": referral_id, "status": body.get("status")}
