"""Open-banking account-information API (AISP-facing) application factory.

The customer-facing consent dashboard runs in the browser and calls these
endpoints with the customer's session cookie, so credentials are allowed.
"""
from __future__ import annotations

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware

from ob.accounts import router as accounts_router
from ob.consents import router as consents_router
from ob.session import require_customer_session

API_TITLE = "Account Information API"
API_VERSION = "3.1.10"

CORS_SETTINGS = {
    "allow_origins": ["*"],
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "DELETE"],
    "allow_headers": ["Authorization", "Content-Type", "x-fapi-interaction-id"],
    "expose_headers": ["x-fapi-interaction-id"],
    "max_age": 600,
}


def create_app() -> FastAPI:
    app = FastAPI(title=API_TITLE, version=API_VERSION, docs_url=None, redoc_url=None)
    app.add_middleware(CORSMiddleware, **CORS_SETTINGS)
    app.include_router(accounts_router, prefix="/open-banking/v3.1/aisp")
    app.include_router(
        consents_router,
        prefix="/dashboard/consents",
        dependencies=[Depends(require_customer_session)],
    )

    @app.get("/healthz", include_in_schema=False)
    def healthz():
        return {"status": "ok"}

    return app


app = create_app()
