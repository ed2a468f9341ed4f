"""Incident feed API used by the RCC web client and partner coordination centres."""
import os

from fastapi import Depends, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware

from .auth import require_user
from .incidents import IncidentRepository

ALLOWED_ORIGINS = [
    o.strip()
    for o in os.environ.get("INCIDENT_API_ORIGINS", "https://ops.rcc.example.org").split(",")
    if o.strip()
]

app = FastAPI(title="RCC Incident Feed", version="1.8.0")
app.add_middleware(
    CORSMiddleware,
    allow_origins=ALLOWED_ORIGINS,
    allow_credentials=True,
    allow_methods=["GET"],
    allow_headers=["Authorization", "Content-Type"],
)

repo = IncidentRepository(os.environ.get("INCIDENT_DB_DSN", "postgresql:///incidents"))


@app.get("/incidents/open")
def open_incidents(user=Depends(require_user)):
    return repo.open_incidents(region=user.region)


@app.get("/incidents/{ref}")
def incident(ref: str, user=Depends(require_user)):
    item = repo.get(ref)
    if item is None or item.region != user.region:
        raise HTTPException(404, "not found")
    return item
