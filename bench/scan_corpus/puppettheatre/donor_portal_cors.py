"""CORS configuration for the donor portal API consumed by the fundraising website."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware


def _origins_from_env() -> list[str]:
    raw = os.environ.get(
        "DONOR_PORTAL_ORIGINS",
        "https://www.puppettheatre.example,https://give.puppettheatre.example",
    )
    origins = [o.strip().rstrip("/") for o in raw.split(",") if o.strip()]
    if any(o == "*" or not o.startswith("https://") for o in origins):
        raise RuntimeError("Donor portal origins must be explicit https URLs")
    return origins


@dataclass(frozen=True)
class CorsPolicy:
    origins: list[str] = field(default_factory=_origins_from_env)
    methods: tuple[str, ...] = ("GET", "POST", "PATCH")
    headers: tuple[str, ...] = ("Authorization", "Content-Type", "X-CSRF-Token")
    max_age: int = 600

    def middleware_kwargs(self) -> dict:
        return {
            "allow_origins": self.origins,
            "allow_credentials": True,
            "allow_methods": list(self.methods),
            "allow_headers": list(self.headers),
            "max_age": self.max_age,
        }


def build_app(policy: CorsPolicy | None = None) -> FastAPI:
    app = FastAPI(title="Donor portal API")
    app.add_middleware(CORSMiddleware, **(policy or CorsPolicy()).middleware_kwargs())

    @app.get("/campaigns")
    def campaigns() -> dict:
        return {"campaigns": [{"slug": "new-marionettes", "target": 25000}]}

    return app


app = build_app()
