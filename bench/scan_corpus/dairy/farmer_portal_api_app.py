"""FastAPI application factory for the farmer portal API.

Serves collection history, lab results and statements to the portal
single-page app and to the cooperative's mobile app.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from fastapi import Depends, FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware


@dataclass
class PortalSettings:
    title: str = "Farmer Portal API"
    allowed_origin_pattern: str = r"https://.*"
    allow_credentials: bool = True
    expose_headers: list[str] = field(default_factory=lambda: ["X-Statement-Period"])
    session_cookie: str = "portal_session"

    @classmethod
    def load(cls) -> "PortalSettings":
        return cls(title=os.environ.get("PORTAL_TITLE", cls.title))


def cors_kwargs(settings: PortalSettings) -> dict:
    return {
        "allow_origin_regex": settings.allowed_origin_pattern,
        "allow_credentials": settings.allow_credentials,
        "allow_methods": ["GET", "POST"],
        "allow_headers": ["Content-Type", "X-Requested-With"],
        "expose_headers": settings.expose_headers,
    }


def current_supplier(request: Request) -> str:
    return request.state.supplier_number


def create_app(settings: PortalSettings | None = None) -> FastAPI:
    settings = settings or PortalSettings.load()
    app = FastAPI(title=settings.title)
    app.add_middleware(CORSMiddleware, **cors_kwargs(settings))

    @app.middleware("http")
    async def attach_supplier(request: Request, call_next):
        request.state.supplier_number = request.cookies.get(settings.session_cookie, "")
        return await call_next(request)

    @app.get("/collections")
    async def collections(supplier: str = Depends(current_supplier)):
        return {"supplier": supplier, "collections": []}

    @app.get("/lab-results")
    async def lab_results(supplier: str = Depends(current_supplier)):
        return {"supplier": supplier, "results": []}

    return app


app = create_app()
