"""Vessel tracking API consumed by the RCC web client and partner agencies."""
import os

from fastapi import Depends, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware

from .auth import require_user
from .positions import PositionRepository

ALLOWED_ORIGINS = ["*"]

app = FastAPI(title="RCC Tracking API", version="2.3.0")
app.add_middleware(
    CORSMiddleware,
    allow_origins=ALLOWED_ORIGINS,
    allow_credentials=True,
    allow_methods=["GET"],
    allow_headers=["Authorization", "Content-Type"],
)

repo = PositionRepository(os.environ.get("TRACKING_DB_DSN", "postgresql:///tracking"))


@app.get("/vessels/{mmsi}/track")
def vessel_track(mmsi: int, hours: int = 6, user=Depends(require_user)):
    if not 1 <= hours <= 72:
        raise HTTPException(422, "hours must be between 1 and 72")
    return {"mmsi": mmsi, "points": repo.track(mmsi, hours)}


@app.get("/vessels/{mmsi}/latest")
def latest_position(mmsi: int, user=Depends(require_user)):
    pos = repo.latest(mmsi)
    if pos is None:
        raise HTTPException(404, "no recent position")
    return pos
