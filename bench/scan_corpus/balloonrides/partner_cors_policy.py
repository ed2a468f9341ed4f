"""CORS setup for the availability API embedded in partner hotel websites."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from typing import Dict, List

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware


def _origins_from_env() -> List[str]:
    raw = os.environ.get("PARTNER_ORIGINS", "")
    return [o.strip().rstrip("/") for o in raw.split(",") if o.strip().startswith("https://")]


@dataclass
class PartnerCorsSettings:
    origins: List[str] = field(default_factory=_origins_from_env)
    methods: List[str] = field(default_factory=lambda: ["GET", "POST"])
    headers: List[str] = field(default_factory=lambda: ["Content-Type", "X-Partner-Id"])
    max_age: int = 600

    def middleware_kwargs(self) -> Dict[str, object]:
        return {
            "allow_origins": self.origins,
            "allow_credentials": True,
            "allow_methods": self.methods,
            "allow_headers": self.headers,
            "max_age": self.max_age,
        }


def build_app(settings: PartnerCorsSettings | None = None) -> FastAPI:
    settings = settings or PartnerCorsSettings()
    app = FastAPI(title="Partner availability")
    app.add_middleware(CORSMiddleware, **settings.middleware_kwargs())

    @app.get("/availability/{site_code}")
    def availability(site_code: str, day: date) -> Dict[str, object]:
        return {"site": site_code, "day": day.isoformat(), "slots": _slots_for(site_code, day)}

    return app


def _slots_for(site_code: str, day: date) -> List[Dict[str, object]]:
    from planner.capacity import remaining_seats

    return [
        {"slot": slot, "seats": remaining_seats(site_code, day, slot)}
        for slot in ("sunrise", "sunset")
    ]


app = build_app()
