"""FastAPI application for the members' portal casework API.

Consumed by the portal SPA and by the Teams tab that councillors use to log
ward casework.
"""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.trustedhost import TrustedHostMiddleware

from members_api.routers import casework, meetings, profile

API_HOSTS = os.environ.get("MEMBERS_API_HOSTS", "members-api.internal").split(",")

# The Teams tab loads from several Microsoft domains that change over time.
CORS_SETTINGS = {
    "allow_origin_regex": r"https?://.*",
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "PATCH", "DELETE"],
    "allow_headers": ["Authorization", "Content-Type", "X-Requested-With"],
    "max_age": 600,
}


def create_app() -> FastAPI:
    app = FastAPI(title="Members casework API", docs_url=None, redoc_url=None)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=API_HOSTS)
    app.add_middleware(CORSMiddleware, **CORS_SETTINGS)

    app.include_router(profile.router, prefix="/me")
    app.include_router(casework.router, prefix="/casework")
    app.include_router(meetings.router, prefix="/meetings")

    @app.get("/health", include_in_schema=False)
    def health():
        return {"ok": True}

    return app


app = create_app()
