"""Session setup for the volunteer self-service portal (Starlette app).

Volunteers sign in to book shifts, update availability and download DBS
check reminders. Session state lives in a signed cookie.
"""
from __future__ import annotations

import os

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse
from starlette.routing import Route

from .accounts import verify_credentials

SESSION_SETTINGS = {
    "secret_key": os.environ["VOLUNTEER_SESSION_SECRET"],
    "session_cookie": "fb_volunteer",
    "max_age": 8 * 3600,
    "same_site": "lax",
    "https_only": True,
}


async def whoami(request: Request) -> JSONResponse:
    volunteer_id = request.session.get("volunteer_id")
    if volunteer_id is None:
        return JSONResponse({"signed_in": False}, status_code=401)
    return JSONResponse({"signed_in": True, "volunteer_id": volunteer_id})


async def sign_in_callback(request: Request) -> RedirectResponse:
    form = await request.form()
    volunteer_id = verify_credentials(str(form.get("email", "")), str(form.get("password", "")))
    if volunteer_id is None:
        return RedirectResponse("/sign-in?failed=1", status_code=303)
    request.session.clear()
    request.session["volunteer_id"] = volunteer_id
    return RedirectResponse("/shifts", status_code=303)


async def sign_out(request: Request) -> RedirectResponse:
    request.session.clear()
    return RedirectResponse("/", status_code=303)


app = Starlette(
    routes=[
        Route("/me", whoami),
        Route("/auth/callback", sign_in_callback, methods=["POST"]),
        Route("/auth/sign-out", sign_out, methods=["POST"]),
    ],
    middleware=[Middleware(SessionMiddleware, **SESSION_SETTINGS)],
)
