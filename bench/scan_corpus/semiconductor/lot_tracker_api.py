"""Lot tracking API consumed by the MES web client and the fab floor tablets.

Browsers send the SSO session cookie, so only the listed front-end origins
may make credentialed cross-origin calls.
"""
import os

from fastapi import Depends, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware

from lottrack.auth import sso_user
from lottrack.repo import lot_location, lot_summary

app = FastAPI(title="lot-tracker")

ALLOWED_ORIGINS = [
    o.strip() for o in os.environ.get("LOT_TRACKER_ORIGINS", "").split(",") if o.strip()
]

app.add_middleware(
    CORSMiddleware,
    allow_origins=ALLOWED_ORIGINS,
    allow_credentials=True,
    allow_methods=["GET", "POST"],
    allow_headers=["Content-Type", "X-CSRF-Token"],
)


@app.get("/lots/{lot_id}")
def get_lot(lot_id: str, user=Depends(sso_user)):
    summary = lot_summary(lot_id)
    if summary is None:
        raise HTTPException(404, "unknown lot")
    return summary


@app.get("/lots/{lot_id}/location")
def get_location(lot_id: str, user=Depends(sso_user)):
    return {"lot_id": lot_id, **lot_location(lot_id)}
