"""FastAPI app for the adoption-sponsor portal (sponsor dashboard, certificates, visit booking)."""

import os

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware

from portal.auth import current_sponsor
from portal.routers import adoptions, certificates, keeper_talks

app = FastAPI(title="Sponsor Portal API", version="2.4.0")

cors_settings = {
    "allow_origins": ["*"],
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "PUT", "DELETE"],
    "allow_headers": ["Authorization", "Content-Type"],
    "max_age": 600,
}

app.add_middleware(CORSMiddleware, **cors_settings)

app.include_router(adoptions.router, prefix="/adoptions", dependencies=[Depends(current_sponsor)])
app.include_router(certificates.router, prefix="/certificates", dependencies=[Depends(current_sponsor)])
app.include_router(keeper_talks.router, prefix="/keeper-talks")


@app.get("/health")
def health():
    return {"status": "ok", "release": os.environ.get("RELEASE_SHA", "dev")}


@app.get("/me")
def me(sponsor=Depends(current_sponsor)):
    return {
        "sponsor_id": sponsor.sponsor_id,
        "email": sponsor.email,
        "tier": sponsor.tier,
    }
