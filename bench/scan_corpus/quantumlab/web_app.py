"""Application factory for the lab dashboard backend (FastAPI)."""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .routers import billing, jobs, notebooks


def _allowed_origins() -> list[str]:
    raw = os.environ.get("DASHBOARD_ORIGINS", "https://dashboard.qlab.example")
    return [o.strip() for o in raw.split(",") if o.strip() and o.strip() != "*"]


def create_app() -> FastAPI:
    app = FastAPI(title="QLab Dashboard API")
    app.add_middleware(
        CORSMiddleware,
        allow_origins=_allowed_origins(),
        allow_credentials=True,
        allow_methods=["GET", "POST", "PATCH", "DELETE"],
        allow_headers=["Authorization", "Content-Type", "X-Request-ID"],
    )
    app.include_router(jobs.router)
    app.include_router(notebooks.router)
    app.include_router(billing.router)
    return app


app = create_app()
