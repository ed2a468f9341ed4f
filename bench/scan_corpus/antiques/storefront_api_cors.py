"""ASGI application factory for the storefront's JSON API used by the web and mobile apps."""
from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

from storefront.api import bids, catalogue, checkout, watchlist


@dataclass
class CorsPolicy:
    allow_origin_regex: str = r"https?://.*"
    allow_credentials: bool = True
    allow_methods: list[str] = field(default_factory=lambda: ["GET", "POST", "PUT", "DELETE"])
    allow_headers: list[str] = field(default_factory=lambda: ["Authorization", "Content-Type"])
    max_age: int = 600


@dataclass
class ApiSettings:
    title: str = "Storefront API"
    version: str = os.environ.get("STOREFRONT_RELEASE", "dev")
    cors: CorsPolicy = field(default_factory=CorsPolicy)
    gzip_minimum_size: int = 1024


def create_app(settings: ApiSettings | None = None) -> FastAPI:
    settings = settings or ApiSettings()
    app = FastAPI(title=settings.title, version=settings.version)
    app.add_middleware(GZipMiddleware, minimum_size=settings.gzip_minimum_size)
    app.add_middleware(CORSMiddleware, **asdict(settings.cors))
    app.include_router(catalogue.router, prefix="/v1/catalogue")
    app.include_router(bids.router, prefix="/v1/bids")
    app.include_router(watchlist.router, prefix="/v1/watchlist")
    app.include_router(checkout.router, prefix="/v1/checkout")

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok", "version": settings.version}

    return app


app = create_app()
