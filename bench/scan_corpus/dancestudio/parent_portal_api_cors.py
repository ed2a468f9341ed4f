"""FastAPI entrypoint for the parent portal JSON API consumed by the SPA and mobile app."""
from __future__ import annotations

import os
from functools import lru_cache
from typing import List

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel


class PortalSettings(BaseModel):
    environment: str = "production"
    portal_origins: List[str] = [
        "https://portal.dancestudio-group.example",
        "https://app.dancestudio-group.example",
    ]
    extra_origins: List[str] = []

    @property
    def allowed_origins(self) -> List[str]:
        return self.portal_origins + [o for o in self.extra_origins if o.startswith("https://")]


@lru_cache
def get_settings() -> PortalSettings:
    extra = [o.strip() for o in os.environ.get("PORTAL_EXTRA_ORIGINS", "").split(",") if o.strip()]
    return PortalSettings(environment=os.environ.get("PORTAL_ENV", "production"), extra_origins=extra)


def build_cors_options(settings: PortalSettings) -> dict:
    return {
        "allow_origins": settings.allowed_origins,
        "allow_credentials": True,
        "allow_methods": ["GET", "POST", "PATCH", "DELETE"],
        "allow_headers": ["Authorization", "Content-Type", "X-CSRF-Token"],
        "max_age": 600,
    }


app = FastAPI(title="Parent Portal API")
app.add_middleware(CORSMiddleware, **build_cors_options(get_settings()))


class ClassBooking(BaseModel):
    child_id: str
    class_id: int


@app.get("/api/studios")
def list_studios(settings: PortalSettings = Depends(get_settings)):
    return {"environment": settings.environment, "studios": ["central", "northside", "harbour"]}


@app.post("/api/bookings", status_code=201)
def create_booking(booking: ClassBooking):
    return {"child_id": booking.child_id, "class_id": booking.class_id, "status": "pending"}
