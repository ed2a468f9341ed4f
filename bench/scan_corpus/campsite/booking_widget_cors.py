"""FastAPI app factory for the embeddable booking widget API (availability, basket, checkout)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware


def _origins_from_env(var: str = "WIDGET_ALLOWED_ORIGINS") -> list[str]:
    raw = os.environ.get(var, "")
    origins = [o.strip().rstrip("/") for o in raw.split(",") if o.strip()]
    for origin in origins:
        if origin == "*" or not origin.startswith("https://"):
            raise RuntimeError(f"{var} must list explicit https origins, got {origin!r}")
    return origins


@dataclass(frozen=True)
class WidgetCorsConfig:
    origins: list[str] = field(default_factory=_origins_from_env)
    methods: tuple[str, ...] = ("GET", "POST", "DELETE")
    headers: tuple[str, ...] = ("Content-Type", "X-Widget-Basket")
    max_age: int = 900


def create_widget_app(cors: WidgetCorsConfig | None = None) -> FastAPI:
    cors = cors or WidgetCorsConfig()
    app = FastAPI(title="Pitch booking widget API", docs_url=None, redoc_url=None)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=cors.origins,
        allow_credentials=True,
        allow_methods=list(cors.methods),
        allow_headers=list(cors.headers),
        max_age=cors.max_age,
    )

    @app.get("/availability/{park_code}")
    async def availability(park_code: str, arrival: str, nights: int = 1):
        search = app.state.availability
        return await search.for_stay(park_code, arrival, max(1, min(nights, 28)))

    @app.post("/basket")
    async def create_basket():
        return {"basket": await app.state.baskets.create()}

    return app
