"""Application factory for the journey planner API.

Serves /plan, /departures and the saved-journeys endpoints used by the
website, the apps and embedded partner widgets. Signed-in customers are
identified by the ``ct_session`` cookie issued by the accounts service.
"""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

from .routers import departures, plan, saved_journeys
from .settings import Settings


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    app = FastAPI(
        title="Journey Planner API",
        version=settings.version,
        docs_url="/docs" if settings.expose_docs else None,
    )

    # Partner widgets are embedded on many council and venue sites.
    app.add_middleware(
        CORSMiddleware,
        allow_origin_regex=r"https?://.*",
        allow_credentials=True,
        allow_methods=["GET", "POST", "DELETE"],
        allow_headers=["Content-Type", "X-Requested-With"],
        max_age=600,
    )
    app.add_middleware(GZipMiddleware, minimum_size=1024)

    app.include_router(plan.router)
    app.include_router(departures.router)
    app.include_router(saved_journeys.router, prefix="/me")
    return app


app = create_app() if os.environ.get("PLANNER_AUTOCREATE", "1") == "1" else None
