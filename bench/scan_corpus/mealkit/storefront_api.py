"""FastAPI application for the customer storefront (web + mobile)."""
from __future__ import annotations

import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

from .routers import account, deliveries, menu, referrals, subscriptions

CORS_SETTINGS = {
    # storefront is served from several regional domains and preview deploys
    "allow_origin_regex": r"https://.*",
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "PUT", "PATCH", "DELETE"],
    "allow_headers": ["Content-Type", "X-Requested-With", "X-CSRF-Token"],
    "max_age": 600,
}


def create_app() -> FastAPI:
    app = FastAPI(
        title="Storefront API",
        version=os.environ.get("APP_VERSION", "dev"),
        docs_url=None,
        redoc_url=None,
    )
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.add_middleware(CORSMiddleware, **CORS_SETTINGS)

    app.include_router(account.router)
    app.include_router(menu.router)
    app.include_router(subscriptions.router)
    app.include_router(deliveries.router)
    app.include_router(referrals.router)

    @app.get("/healthz", include_in_schema=False)
    async def healthz():
        return {"status": "ok"}

    return app


app = create_app()
