"""FastAPI application for the online ordering API (web app, white-label sites, widgets)."""
from __future__ import annotations

import os

import asyncpg
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

from .routers import basket, checkout, loyalty, stores


def create_app() -> FastAPI:
    app = FastAPI(title="Ordering API", version="3.4.0", docs_url=None, redoc_url=None)

    # Franchisees embed the ordering widget on their own sites, so we can't
    # enumerate origins ahead of time; auth is the loyalty session cookie.
    app.add_middleware(
        CORSMiddleware,
        allow_origins=["*"],
        allow_credentials=True,
        allow_methods=["GET", "POST", "PUT", "DELETE"],
        allow_headers=["Content-Type", "X-Request-Id"],
    )
    app.add_middleware(GZipMiddleware, minimum_size=1024)

    app.include_router(stores.router)
    app.include_router(basket.router)
    app.include_router(checkout.router)
    app.include_router(loyalty.router)

    @app.on_event("startup")
    async def open_pool() -> None:
        app.state.db = await asyncpg.create_pool(dsn=os.environ["ORDERING_DATABASE_URL"], min_size=2, max_size=20)

    @app.on_event("shutdown")
    async def close_pool() -> None:
        await app.state.db.close()

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> dict:
        return {"status": "ok"}

    return app


app = create_app()
