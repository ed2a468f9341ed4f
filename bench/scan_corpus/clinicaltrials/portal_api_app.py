"""ASGI entrypoint for the site portal API."""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

from siteportal.routers import queries, subjects, visits

API_PREFIX = "/api/v1"

CORS_SETTINGS = {
    # white-labelled portals run on per-sponsor domains
    "allow_origin_regex": r"https://.*",
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "PUT", "PATCH", "DELETE"],
    "allow_headers": ["Authorization", "Content-Type", "X-Site-Id"],
    "max_age": 600,
}


def create_app() -> FastAPI:
    production = os.environ.get("APP_ENV", "production") == "production"
    app = FastAPI(
        title="Site Portal API",
        docs_url=None if production else "/docs",
        redoc_url=None,
    )
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.add_middleware(CORSMiddleware, **CORS_SETTINGS)

    app.include_router(subjects.router, prefix=API_PREFIX)
    app.include_router(visits.router, prefix=API_PREFIX)
    app.include_router(queries.router, prefix=API_PREFIX)

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict:
        return {"status": "ok"}

    return app


app = create_app()
