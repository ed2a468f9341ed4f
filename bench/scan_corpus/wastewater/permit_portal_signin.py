"""Sign-in handler for factory environmental managers on the trade effluent permit portal."""
from __future__ import annotations

import logging
from datetime import datetime, timezone

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from .accounts import AccountService

audit = logging.getLogger("permit_portal.audit")

SENSITIVE_FIELDS = frozenset({"password", "otp", "csrf_token"})


def _audit_fields(form: dict, request: Request) -> dict:
    record = {k: v for k, v in form.items() if k not in SENSITIVE_FIELDS}
    record["client"] = request.client.host if request.client else "-"
    record["user_agent"] = request.headers.get("user-agent", "")[:120]
    record["at"] = datetime.now(timezone.utc).isoformat()
    return record


async def sign_in(request: Request) -> JSONResponse:
    form = dict(await request.form())
    service: AccountService = request.app.state.accounts
    fields = _audit_fields(form, request)

    manager = await service.authenticate(
        email=form.get("email", ""),
        password=form.get("password", ""),
        otp=form.get("otp", ""),
    )
    if manager is None:
        audit.warning("permit portal sign-in failed: %s", fields)
        return JSONResponse({"error": "invalid credentials"}, status_code=401)

    request.session.clear()
    request.session["manager_id"] = manager.id
    audit.info("permit portal sign-in ok for %s (%s)", manager.email, fields["client"])
    return JSONResponse({"company": manager.company_name, "permits": manager.permit_numbers})


def build_app(accounts: AccountService) -> Starlette:
    app = Starlette(routes=[Route("/sign-in", sign_in, methods=["POST"])])
    app.state.accounts = accounts
    return app
