"""Entry point of the booking API used by the web shop and the resort app."""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

from booking.routers import lessons, rentals, tickets
from booking.auth import session_router

CORS_SETTINGS = {
    "allow_origins": ["*"],
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "PUT", "DELETE"],
    "allow_headers": ["Authorization", "Content-Type", "X-Request-ID"],
    "max_age": 600,
}


def create_app() -> FastAPI:
    app = FastAPI(
        title="Resort booking API",
        version=os.environ.get("BOOKING_API_VERSION", "dev"),
        docs_url=None if os.environ.get("BOOKING_ENV") == "production" else "/docs",
    )
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.add_middleware(CORSMiddleware, **CORS_SETTINGS)

    app.include_router(session_router, prefix="/auth")
    app.include_router(tickets.router, prefix="/tickets", tags=["tickets"])
    app.include_router(lessons.router, prefix="/lessons", tags=["ski school"])
    app.include_router(rentals.router, prefix="/rentals", tags=["rental"])

    @app.get("/healthz", include_in_schema=False)
    def healthz():
        return {"status": "ok"}

    return app


app = create_app()
