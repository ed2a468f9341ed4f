"""Application factory for the developer dashboard backend."""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .routers import keys, usage

DASHBOARD_ORIGINS = [
    o.strip() for o in os.environ.get("DASHBOARD_ORIGINS", "https://developer.weather.example").split(",") if o.strip()
]

CORS_SETTINGS = {
    "allow_origins": DASHBOARD_ORIGINS,
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "DELETE"],
    "allow_headers": ["Content-Type", "X-CSRF-Token"],
}


def create_app() -> FastAPI:
    if "*" in DASHBOARD_ORIGINS:
        raise RuntimeError("DASHBOARD_ORIGINS must list explicit origins")
    app = FastAPI(title="Developer Dashboard API")
    app.add_middleware(CORSMiddleware, **CORS_SETTINGS)
    app.include_router(keys.router, prefix="/api")
    app.include_router(usage.router, prefix="/api")
    return app


app = create_app()
