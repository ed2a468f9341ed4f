"""Application factory for the farm self-service portal.

Farmers sign in to view upcoming collections, download disposal
certificates and update the contact details for their holdings.
"""
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse
from starlette.middleware.sessions import SessionMiddleware

from knacker.config import settings
from knacker.portal import certificates, collections, holdings
from knacker.portal.accounts import authenticate_farmer

SESSION_MAX_AGE = 8 * 60 * 60


def create_app() -> FastAPI:
    app = FastAPI(title="Fallen stock farm portal", docs_url=None, redoc_url=None)
    app.add_middleware(
        SessionMiddleware,
        secret_key=settings.PORTAL_SESSION_SECRET,
        session_cookie="farm_portal",
        max_age=SESSION_MAX_AGE,
        same_site="lax",
        https_only=False,
    )
    app.include_router(collections.router, prefix="/collections")
    app.include_router(certificates.router, prefix="/certificates")
    app.include_router(holdings.router, prefix="/holdings")

    @app.post("/login")
    async def login(request: Request):
        form = await request.form()
        account = await authenticate_farmer(form.get("email", ""), form.get("password", ""))
        if account is None:
            return RedirectResponse("/login?failed=1", status_code=303)
        request.session.clear()
        request.session["account_id"] = account.id
        request.session["cph"] = account.primary_cph
        return RedirectResponse("/collections", status_code=303)

    @app.post("/logout")
    async def logout(request: Request):
        request.session.clear()
        return RedirectResponse("/login", status_code=303)

    return app


app = create_app()
