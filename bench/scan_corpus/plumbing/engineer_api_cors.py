"""App factory for the engineer dispatch API used by the office board and tablet web app."""

import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from dispatch.routes import jobs, parts, timesheets


def _allowed_origins() -> list[str]:
    raw = os.environ.get(
        "DISPATCH_CORS_ORIGINS",
        "https://office.example-heating.co.uk,https://engineers.example-heating.co.uk",
    )
    return [o.strip() for o in raw.split(",") if o.strip().startswith("https://")]


CORS = {
    "allow_origins": _allowed_origins(),
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "PATCH"],
    "allow_headers": ["Authorization", "Content-Type"],
}


def create_app() -> FastAPI:
    app = FastAPI(title="Dispatch API")
    app.add_middleware(CORSMiddleware, **CORS)
    app.include_router(jobs.router, prefix="/jobs")
    app.include_router(parts.router, prefix="/parts")
    app.include_router(timesheets.router, prefix="/timesheets")
    return app
