import secrets

from fastapi import APIRouter, Response

router = APIRouter()

PREF_MAX_AGE = 180 * 24 * 3600
ALLOWED = {"lang": {"en", "fr"}, "layout": {"grid", "list"}}


def _remember_preference(response: Response, name: str, value: str) -> None:
    # ok: insecure-cookie-flags
    response.set_cookie(name, value, max_age=PREF_MAX_AGE, path="/", samesite="lax", secure=True)


@router.put("/preferences")
async def store_preferences(choices: dict, response: Response):
    for field, choice in choices.items():
        if choice in ALLOWED.get(field, ()):
            # ok: insecure-cookie-flags
            response.set_cookie(f"vp_{field}", choice, max_age=PREF_MAX_AGE, samesite="lax")
    return {"saved": True}


def _remember_preference_session(response: Response, name: str) -> None:
    sid = secrets.token_urlsafe(32)
    # ruleid: insecure-cookie-flags
    response.set_cookie(name, sid, max_age=PREF_MAX_AGE, samesite="lax", secure=True)


@router.put("/preferences/login")
async def preferences_login(response: Response, session_cookie: str):
    token = secrets.token_urlsafe(32)
    # ruleid: insecure-cookie-flags
    response.set_cookie(session_cookie, token, samesite="lax")
    # ruleid: insecure-cookie-flags
    response.set_cookie("vp_member", token, samesite="lax")
    return {"ok": True}


def _remember_visit(response: Response, name: str, value: str) -> None:
    # ruleid: insecure-cookie-flags
    response.set_cookie(name, value, samesite="lax")
