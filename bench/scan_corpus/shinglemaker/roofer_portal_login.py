"""Login and logout routes for the roofer trade portal (Starlette)."""

from datetime import timedelta

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse
from starlette.routing import Route

from shinglemaker.accounts import authenticate_roofer
from shinglemaker.sessions import SessionStore

SESSION_COOKIE = "smk_portal"
SESSION_TTL = timedelta(hours=12)
COOKIE_OPTS = {
    "max_age": int(SESSION_TTL.total_seconds()),
    "path": "/",
    "samesite": "lax",
}

store = SessionStore()


async def login(request: Request):
    form = await request.form()
    user = authenticate_roofer(form.get("email", ""), form.get("password", ""))
    if user is None:
        return JSONResponse({"error": "invalid email or password"}, status_code=401)
    session_id = await store.create(user_id=user.id, account_id=user.account_id, ttl=SESSION_TTL)
    response = RedirectResponse("/portal/orders", status_code=303)
    response.set_cookie(SESSION_COOKIE, session_id, **COOKIE_OPTS)
    return response


async def logout(request: Request):
    session_id = request.cookies.get(SESSION_COOKIE)
    if session_id:
        await store.destroy(session_id)
    response = RedirectResponse("/portal/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


async def whoami(request: Request):
    session = await store.get(request.cookies.get(SESSION_COOKIE, ""))
    if session is None:
        return JSONResponse({"authenticated": False}, status_code=401)
    return JSONResponse({"authenticated": True, "account": session.account_id})


routes = [
    Route("/portal/login", login, methods=["POST"]),
    Route("/portal/logout", logout, methods=["POST"]),
    Route("/portal/me", whoami),
]
