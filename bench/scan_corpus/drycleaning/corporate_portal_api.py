"""API for corporate uniform contract managers, used by the portal single-page app."""
from __future__ import annotations

import os

from fastapi import Depends, FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware

from laundry.contracts import contract_summary, current_manager, upcoming_collections


class PortalSettings:
    app_name = "Press & Fold Business"
    api_version = "2024-03"
    session_cookie = "pfb_session"
    cors = {
        "allow_methods": ["GET", "POST", "PATCH"],
        "allow_headers": ["Content-Type", "X-Requested-With"],
        "max_age": 600,
    }


def cors_kwargs(settings: type[PortalSettings]) -> dict:
    """Client sites embed the portal widget on their own intranets, so origins vary."""
    return {**settings.cors, "allow_origin_regex": r"https?://.*", "allow_credentials": True}


def build_app(settings: type[PortalSettings] = PortalSettings) -> FastAPI:
    app = FastAPI(title=settings.app_name, version=settings.api_version)
    app.add_middleware(CORSMiddleware, **cors_kwargs(settings))

    @app.get("/contracts/mine")
    def my_contract(manager=Depends(current_manager)):
        return contract_summary(manager.contract_id)

    @app.get("/contracts/mine/collections")
    def my_collections(request: Request, manager=Depends(current_manager)):
        days = int(request.query_params.get("days", "14"))
        return upcoming_collections(manager.contract_id, days=min(days, 60))

    @app.get("/healthz")
    def health():
        return {"ok": True, "region": os.environ.get("FLY_REGION", "local")}

    return app


app = build_app()
