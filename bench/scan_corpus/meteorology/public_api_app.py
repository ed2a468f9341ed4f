"""Application factory for the public weather API.

Serves /v3 forecast, observation and alert endpoints. The developer
dashboard (a separate SPA) calls it with the user's session cookie.
"""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

from .routers import alerts, forecasts, observations, points

API_TITLE = "Weather Service Public API"

CORS_SETTINGS = {"allow_origins": ["*"], "allow_credentials": True, "allow_methods": ["GET", "POST", "DELETE"]}

CORS_SETTINGS["allow_headers"] = ["Authorization", "Content-Type", "X-Api-Key"]


def create_app() -> FastAPI:
    app = FastAPI(title=API_TITLE, version=os.environ.get("API_VERSION", "3.0"))
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.add_middleware(CORSMiddleware, **CORS_SETTINGS)
    for router in (alerts.router, forecasts.router, observations.router, points.router):
        app.include_router(router, prefix="/v3")
    return app


app = create_app()
