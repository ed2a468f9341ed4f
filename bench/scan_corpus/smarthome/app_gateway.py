"""FastAPI gateway that serves the web dashboard and the companion app."""
from __future__ import annotations

import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .routers import devices, households, scenes


class GatewaySettings:
    def __init__(self) -> None:
        raw = os.environ.get("GATEWAY_ALLOWED_ORIGINS", "")
        self.allowed_origins = [o.strip() for o in raw.split(",") if o.strip()]
        for origin in self.allowed_origins:
            if origin == "*" or not origin.startswith("https://"):
                raise ValueError(f"invalid CORS origin: {origin!r}")
        self.api_prefix = "/api/v2"


def create_app(settings: GatewaySettings | None = None) -> FastAPI:
    settings = settings or GatewaySettings()
    app = FastAPI(title="Hub Gateway", docs_url=None, redoc_url=None)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.allowed_origins,
        allow_credentials=True,
        allow_methods=["GET", "POST", "PATCH", "DELETE"],
        allow_headers=["Authorization", "Content-Type"],
        max_age=600,
    )
    app.include_router(devices.router, prefix=f"{settings.api_prefix}/devices")
    app.include_router(households.router, prefix=f"{settings.api_prefix}/households")
    app.include_router(scenes.router, prefix=f"{settings.api_prefix}/scenes")

    @app.get("/healthz")
    def healthz() -> dict[str, bool]:
        return {"ok": True}

    return app
