"""FastAPI app for the hospital ordering portal.

Hospital blood bank staff sign in through the portal SPA and place
orders for red cells, platelets and plasma; the session lives in a cookie.
"""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.middleware.sessions import SessionMiddleware

from bloodbank.portal import auth, orders, stock

CORS_SETTINGS = dict(
    allow_origin_regex=r"https://.*",
    allow_credentials=True,
    allow_methods=["GET", "POST", "PATCH", "DELETE"],
    allow_headers=["Content-Type", "X-CSRF-Token"],
    max_age=600,
)


def create_app() -> FastAPI:
    app = FastAPI(title="Hospital ordering portal", docs_url=None, redoc_url=None)
    app.add_middleware(
        SessionMiddleware,
        secret_key=os.environ["PORTAL_SESSION_KEY"],
        session_cookie="portal_session",
        https_only=True,
        same_site="none",
    )
    app.add_middleware(CORSMiddleware, **CORS_SETTINGS)
    app.include_router(auth.router)
    app.include_router(orders.router)
    app.include_router(stock.router)
    return app


app = create_app()
