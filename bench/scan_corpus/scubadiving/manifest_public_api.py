"""Read-only manifest API used by the harbour office and the partner portal.

The harbour office web app and the partner portal run on their own
domains and call this API with the user's session cookie, so CORS allows
credentials only for those listed origins.
"""
from __future__ import annotations

import os
from datetime import date

from fastapi import Depends, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware

from .auth import require_staff_session
from .manifests import ManifestRepository, get_repository

ALLOWED_ORIGINS = [
    origin.strip()
    for origin in os.environ.get(
        "MANIFEST_CORS_ORIGINS",
        "https://harbour.bluereefdivers.example,https://partners.bluereefdivers.example",
    ).split(",")
    if origin.strip() and origin.strip() != "*"
]

app = FastAPI(title="Boat manifest API")
app.add_middleware(
    CORSMiddleware,
    allow_origins=ALLOWED_ORIGINS,
    allow_credentials=True,
    allow_methods=["GET"],
    allow_headers=["Content-Type"],
    max_age=600,
)


@app.get("/trips/{trip_id}/manifest")
def trip_manifest(
    trip_id: int,
    staff=Depends(require_staff_session),
    repo: ManifestRepository = Depends(get_repository),
) -> dict:
    trip = repo.trip(trip_id)
    if trip is None:
        raise HTTPException(status_code=404, detail="trip not found")
    return {
        "trip": trip.code,
        "vessel": trip.vessel,
        "departs": trip.departs.isoformat(),
        "passengers": [
            {"name": p.full_name, "cert_level": p.cert_level, "waiver": p.waiver_signed}
            for p in repo.passengers(trip_id)
        ],
    }


@app.get("/vessels/{vessel}/headcount")
def headcount(
    vessel: str,
    day: date,
    staff=Depends(require_staff_session),
    repo: ManifestRepository = Depends(get_repository),
) -> dict:
    return {"vessel": vessel, "day": day.isoformat(), "headcount": repo.headcount(vessel, day)}
