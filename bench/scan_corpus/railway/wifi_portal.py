"""Captive portal for on-train wifi: terms acceptance and session handling."""
import os
import secrets
from datetime import timedelta

from fastapi import FastAPI, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

from portal.radius import authorise_mac, revoke_mac
from portal.sessions import SessionStore

app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
templates = Jinja2Templates(directory="templates")
store = SessionStore(os.environ["PORTAL_REDIS_URL"])

SESSION_TTL = timedelta(hours=4)
COOKIE_NAME = "otw_session"


@app.get("/", response_class=HTMLResponse)
async def landing(request: Request):
    context = {"request": request, "unit": os.environ.get("UNIT_NUMBER", "")}
    return templates.TemplateResponse("landing.html", context)


@app.post("/accept")
async def accept_terms(request: Request, email: str = Form(""), marketing: bool = Form(False)):
    client_mac = request.headers.get("x-client-mac", "")
    session_id = secrets.token_urlsafe(32)
    await store.create(session_id, mac=client_mac, email=email, marketing=marketing, ttl=SESSION_TTL)
    await authorise_mac(client_mac, SESSION_TTL)
    response = RedirectResponse(url="/connected", status_code=303)
    response.set_cookie(COOKIE_NAME, session_id, max_age=int(SESSION_TTL.total_seconds()), samesite="lax")
    return response


@app.post("/disconnect")
async def disconnect(request: Request):
    session_id = request.cookies.get(COOKIE_NAME)
    if session_id:
        session = await store.pop(session_id)
        if session:
            await revoke_mac(session["mac"])
    response = RedirectResponse(url="/", status_code=303)
    response.delete_cookie(COOKIE_NAME)
    return response
