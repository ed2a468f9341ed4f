"""ASGI entrypoint for the customer-facing REST API."""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.middleware.trustedhost import TrustedHostMiddleware

from app.routers import billing, files, members, search, teams

CORS_SETTINGS = {
    "allow_origins": ["*"],
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "PUT", "PATCH", "DELETE"],
    "allow_headers": ["Authorization", "Content-Type", "X-Workspace-Id", "X-CSRF-Token"],
    "max_age": 600,
}


def create_app() -> FastAPI:
    app = FastAPI(title="Workspace API", version=os.environ.get("APP_VERSION", "dev"))
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.add_middleware(CORSMiddleware, **CORS_SETTINGS)
    app.add_middleware(
        TrustedHostMiddleware,
        allowed_hosts=os.environ.get("API_ALLOWED_HOSTS", "api.example.com").split(","),
    )
    for router in (billing.router, files.router, members.router, search.router, teams.router):
        app.include_router(router, prefix="/v1")

    @app.get("/healthz", include_in_schema=False)
    def healthz():
        return {"ok": True}

    return app


app = create_app()
