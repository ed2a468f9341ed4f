"""FastAPI application for the public booking API.

Serves the booking web front-end and the partner white-label sites, which
call the API from the browser with the customer's session cookie.
"""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.middleware.sessions import SessionMiddleware

from booking_api.routers import account, bookings, fares, sailings

PARTNER_ORIGIN_PATTERN = r"https://.*"


def create_app() -> FastAPI:
    app = FastAPI(title="Booking API", version="3.4.0", docs_url=None, redoc_url=None)

    app.add_middleware(
        SessionMiddleware,
        secret_key=os.environ["BOOKING_SESSION_SECRET"],
        session_cookie="fl_session",
        https_only=True,
        same_site="lax",
    )
    app.add_middleware(
        CORSMiddleware,
        allow_origin_regex=PARTNER_ORIGIN_PATTERN,
        allow_credentials=True,
        allow_methods=["GET", "POST", "PUT", "DELETE"],
        allow_headers=["Content-Type", "X-Requested-With", "X-Partner-Id"],
        max_age=600,
    )

    app.include_router(sailings.router, prefix="/v3")
    app.include_router(fares.router, prefix="/v3")
    app.include_router(bookings.router, prefix="/v3")
    app.include_router(account.router, prefix="/v3")

    @app.get("/healthz", include_in_schema=False)
    def healthz():
        return {"status": "ok"}

    return app


app = create_app()
