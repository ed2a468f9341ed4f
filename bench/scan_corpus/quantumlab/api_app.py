"""ASGI application factory for the public job submission API."""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .routers import backends, calibrations, jobs, usage

API_TITLE = "QLab Cloud API"

CORS_SETTINGS = {
    "allow_origins": ["*"],
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "DELETE"],
    "allow_headers": ["Authorization", "Content-Type"],
    "max_age": 600,
}


def create_app() -> FastAPI:
    app = FastAPI(
        title=API_TITLE,
        version=os.environ.get("QLAB_API_VERSION", "dev"),
        docs_url="/docs" if os.environ.get("QLAB_ENV") != "production" else None,
    )
    app.add_middleware(CORSMiddleware, **CORS_SETTINGS)
    app.include_router(jobs.router)
    app.include_router(backends.router)
    app.include_router(calibrations.router)
    app.include_router(usage.router)

    @app.get("/healthz", include_in_schema=False)
    def healthz():
        return {"ok": True}

    return app


app = create_app()
