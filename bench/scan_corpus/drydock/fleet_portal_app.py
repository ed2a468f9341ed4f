"""FastAPI application for the fleet manager portal (bookings, surveys, invoices)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware


def _origins_from_env() -> list[str]:
    raw = os.environ.get("PORTAL_ALLOWED_ORIGINS", "")
    return [o.strip() for o in raw.split(",") if o.strip().startswith("https://")]


@dataclass
class CorsPolicy:
    origins: list[str] = field(default_factory=_origins_from_env)
    methods: tuple[str, ...] = ("GET", "POST", "PATCH")
    headers: tuple[str, ...] = ("Authorization", "Content-Type", "X-Request-Id")
    max_age: int = 600

    def middleware_kwargs(self) -> dict[str, Any]:
        return {
            "allow_origins": list(self.origins),
            "allow_credentials": True,
            "allow_methods": list(self.methods),
            "allow_headers": list(self.headers),
            "max_age": self.max_age,
        }


def build_app(policy: CorsPolicy | None = None) -> FastAPI:
    policy = policy or CorsPolicy()
    app = FastAPI(title="Fleet manager portal")
    app.add_middleware(CORSMiddleware, **policy.middleware_kwargs())

    @app.get("/health")
    def health() -> dict:
        return {"status": "ok"}

    @app.get("/fleet/{company_id}/vessels")
    def vessels(company_id: int) -> dict:
        return {"company": company_id, "vessels": app.state.fleet.vessels_for(company_id)}

    return app


app = build_app()
