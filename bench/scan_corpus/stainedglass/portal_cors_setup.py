"""CORS setup for the portal API consumed by the studio's marketing site."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware


def _origins_from_env() -> list[str]:
    raw = os.environ.get("PORTAL_CORS_ORIGINS", "https://harrowvane.example,https://www.harrowvane.example")
    return [o.strip() for o in raw.split(",") if o.strip().startswith("https://")]


@dataclass
class CorsPolicy:
    origins: list[str] = field(default_factory=_origins_from_env)
    methods: list[str] = field(default_factory=lambda: ["GET", "POST"])
    headers: list[str] = field(default_factory=lambda: ["Content-Type", "X-Requested-With"])
    max_age: int = 600

    def middleware_kwargs(self) -> dict:
        return {
            "allow_origins": self.origins,
            "allow_credentials": True,
            "allow_methods": self.methods,
            "allow_headers": self.headers,
            "max_age": self.max_age,
        }


def build_app(policy: CorsPolicy | None = None) -> FastAPI:
    app = FastAPI(title="Harrow & Vane portal API")
    app.add_middleware(CORSMiddleware, **(policy or CorsPolicy()).middleware_kwargs())

    @app.get("/api/gallery")
    def gallery() -> list[dict]:
        return [
            {"title": "Ascension, St Bride's", "year": 2023, "technique": "painted and leaded"},
            {"title": "Kitchen lantern panels", "year": 2024, "technique": "copper foil"},
        ]

    @app.post("/api/enquiries")
    def enquiry(payload: dict) -> dict:
        return {"received": True, "subject": str(payload.get("subject", ""))[:120]}

    return app


app = build_app()
