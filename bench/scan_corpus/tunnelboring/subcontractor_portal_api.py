"""FastAPI application for the subcontractor portal.

Serves daily returns, plant hours and permit sign-offs to the portal SPA and
to the subcontractors' own systems that integrate with it.
"""
from __future__ import annotations

import os

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel

from portal.auth import current_company
from portal.returns import DailyReturnService


class PortalHttpSettings:
    cookie_session = True
    origin_pattern = r"https?://.*"
    exposed = ["X-Request-Id"]

    @classmethod
    def cors_options(cls) -> dict:
        return {
            "allow_origin_regex": cls.origin_pattern,
            "allow_credentials": cls.cookie_session,
            "allow_methods": ["GET", "POST", "PATCH"],
            "allow_headers": ["Content-Type", "X-CSRF-Token"],
        }


class DailyReturn(BaseModel):
    work_package: str
    shift_date: str
    operatives: int
    plant_hours: float
    notes: str = ""


def create_app() -> FastAPI:
    app = FastAPI(title="Subcontractor Portal", docs_url=None)
    app.add_middleware(
        CORSMiddleware,
        **PortalHttpSettings.cors_options(),
        expose_headers=PortalHttpSettings.exposed,
    )
    service = DailyReturnService(os.environ["PORTAL_DB_URL"])

    @app.get("/api/returns")
    def list_returns(company=Depends(current_company)):
        return service.for_company(company.id)

    @app.post("/api/returns", status_code=201)
    def submit_return(body: DailyReturn, company=Depends(current_company)):
        return service.submit(company.id, body.model_dump())

    return app


app = create_app()
