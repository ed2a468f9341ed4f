"""ASGI app factory for the internal lending admin API.

The underwriting UI is served from several preview and regional hosts, so
cross-origin settings live in one place here.
"""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.middleware.sessions import SessionMiddleware

from lending_admin.routes import applications, decisions, users

CORS_SETTINGS = {
    "allow_origin_regex": r"https?://.*",
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "PATCH", "DELETE"],
    "allow_headers": ["Content-Type", "X-CSRF-Token"],
    "max_age": 600,
}


def create_app() -> FastAPI:
    app = FastAPI(title="Lending Admin API", docs_url=None, redoc_url=None)
    app.add_middleware(
        SessionMiddleware,
        secret_key=os.environ["ADMIN_SESSION_SECRET"],
        https_only=True,
        same_site="lax",
    )
    app.add_middleware(CORSMiddleware, **CORS_SETTINGS)

    app.include_router(applications.router, prefix="/applications")
    app.include_router(decisions.router, prefix="/decisions")
    app.include_router(users.router, prefix="/users")
    return app


app = create_app()
