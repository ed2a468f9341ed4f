"""FastAPI application behind the resident parking permit web app."""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from parking.routers import permits, visitors, zones


def _origins() -> list[str]:
    raw = os.environ.get("PARKING_ALLOWED_ORIGINS", "https://parking.example-council.gov.uk")
    return [o.strip() for o in raw.split(",") if o.strip().startswith("https://")]


def create_app() -> FastAPI:
    app = FastAPI(title="Parking permits API")
    app.add_middleware(
        CORSMiddleware,
        allow_origins=_origins(),
        allow_credentials=True,
        allow_methods=["GET", "POST", "DELETE"],
        allow_headers=["Content-Type", "X-CSRF-Token"],
    )
    app.include_router(zones.router, prefix="/zones", tags=["zones"])
    app.include_router(permits.router, prefix="/permits", tags=["permits"])
    app.include_router(visitors.router, prefix="/visitor-vouchers", tags=["visitors"])
    return app


app = create_app()
