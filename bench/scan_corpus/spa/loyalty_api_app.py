"""ASGI application for the loyalty app API.

Serves points balances, reward redemptions and treatment history to the
mobile app and to the member area of the web booking site.
"""
from __future__ import annotations

import os
from typing import Any

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

from spa.loyalty.routes import history, points, rewards

APP_SETTINGS: dict[str, Any] = {
    "title": "Serenity Loyalty API",
    "version": "3.4.0",
    "docs_url": None if os.environ.get("ENV") == "production" else "/docs",
}

CORS_SETTINGS: dict[str, Any] = {
    "allow_origin_regex": r"https?://.*",
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "PATCH", "DELETE"],
    "allow_headers": ["Authorization", "Content-Type", "X-App-Version"],
    "max_age": 600,
}


def create_app(overrides: dict[str, Any] | None = None) -> FastAPI:
    app = FastAPI(**APP_SETTINGS)
    cors = {**CORS_SETTINGS, **(overrides or {})}
    app.add_middleware(CORSMiddleware, **cors)
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.include_router(points.router, prefix="/v1/points")
    app.include_router(rewards.router, prefix="/v1/rewards")
    app.include_router(history.router, prefix="/v1/history")

    @app.middleware("http")
    async def app_version_header(request: Request, call_next):
        response = await call_next(request)
        response.headers["X-Api-Version"] = APP_SETTINGS["version"]
        return response

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    return app


app = create_app()
