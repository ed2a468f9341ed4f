"""FastAPI app behind the dispatch dashboard used in the control room and by the
trading desk's browser app."""
from __future__ import annotations

import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from dashboard.routes import availability, instructions, units

ALLOWED_ORIGINS = [
    o.strip() for o in os.environ.get("DASHBOARD_ALLOWED_ORIGINS", "").split(",") if o.strip()
]
if "*" in ALLOWED_ORIGINS:
    raise RuntimeError("DASHBOARD_ALLOWED_ORIGINS must list explicit origins when credentials are allowed")

app = FastAPI(title="Dispatch dashboard API", docs_url=None, redoc_url=None)

app.add_middleware(
    CORSMiddleware,
    allow_origins=ALLOWED_ORIGINS,
    allow_credentials=True,
    allow_methods=["GET", "POST"],
    allow_headers=["Content-Type", "X-CSRF-Token"],
    max_age=600,
)

app.include_router(units.router, prefix="/units")
app.include_router(instructions.router, prefix="/instructions")
app.include_router(availability.router, prefix="/availability")


@app.get("/healthz", include_in_schema=False)
def healthz() -> dict[str, str]:
    return {"status": "ok"}
