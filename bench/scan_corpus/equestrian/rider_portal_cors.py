"""CORS setup for the rider portal API.

The single-page portal, the show-entries microsite and the yard's tablet app
call this API with the session cookie, so credentials are allowed for an
explicit list of first-party origins only.
"""

from __future__ import annotations

import os
from typing import List

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware


def allowed_origins(raw: str | None = None) -> List[str]:
    value = raw if raw is not None else os.environ.get("PORTAL_ALLOWED_ORIGINS", "")
    origins = [o.strip().rstrip("/") for o in value.split(",") if o.strip()]
    for origin in origins:
        if origin == "*" or not origin.startswith("https://"):
            raise ValueError(f"origin {origin!r} is not an explicit https origin")
    return origins


CORS_SETTINGS = {
    "allow_origins": allowed_origins(),
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "PATCH", "DELETE"],
    "allow_headers": ["Content-Type", "X-CSRF-Token"],
    "max_age": 600,
}

app = FastAPI(title="Rider portal API")
app.add_middleware(CORSMiddleware, **CORS_SETTINGS)


@app.get("/api/me/bookings")
async def my_bookings(request: Request) -> dict:
    member = request.cookies.get("portal_member")
    if not member:
        return {"bookings": []}
    return {"member": member, "bookings": []}


@app.get("/api/arenas")
async def arenas() -> dict:
    return {
        "arenas": [
            {"code": "indoor", "size": "60x30", "floodlit": True},
            {"code": "outdoor", "size": "60x40", "floodlit": True},
            {"code": "lunge-pen", "size": "20m round", "floodlit": False},
        ]
    }
