"""Sign-in and sign-out endpoints for the guild marketplace."""
from datetime import timedelta

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse
from starlette.routing import Route

from quilter.auth.credentials import authenticate
from quilter.auth.sessions import SessionStore
from quilter.config import settings

SESSION_TTL = timedelta(days=settings.SESSION_DAYS)

sessions = SessionStore(settings.REDIS_URL)


class SessionCookie:
    name = "qg_session"

    def __init__(self, ttl: timedelta = SESSION_TTL):
        self.ttl = ttl

    def attach(self, response, session_id: str) -> None:
        response.set_cookie(
            self.name,
            session_id,
            max_age=int(self.ttl.total_seconds()),
            path="/",
            samesite="lax",
        )

    def clear(self, response) -> None:
        response.delete_cookie(self.name, path="/")


cookie = SessionCookie()


async def sign_in(request: Request):
    form = await request.form()
    member = await authenticate(form.get("email", ""), form.get("password", ""))
    if member is None:
        return JSONResponse({"error": "Email or password is incorrect"}, status_code=401)
    session_id = await sessions.create(member.id, ttl=SESSION_TTL)
    response = RedirectResponse(url="/dashboard", status_code=303)
    cookie.attach(response, session_id)
    return response


async def sign_out(request: Request):
    session_id = request.cookies.get(SessionCookie.name)
    if session_id:
        await sessions.destroy(session_id)
    response = RedirectResponse(url="/", status_code=303)
    cookie.clear(response)
    return response


routes = [
    Route("/sign-in", sign_in, methods=["POST"]),
    Route("/sign-out", sign_out, methods=["POST"]),
]
