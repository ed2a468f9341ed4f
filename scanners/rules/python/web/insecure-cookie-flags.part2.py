import secrets

from fastapi import APIRouter, Response

router = APIRouter()
WISHLIST_COOKIE = "atelier_wishlist_view"


@router.post("/login")
async def login(response: Response):
    session_id = secrets.token_urlsafe(32)
    response.set_cookie(key="atelier_session", value=session_id, secure=True, httponly=True, samesite="lax")
    # ok: insecure-cookie-flags
    response.set_cookie(WISHLIST_COOKIE, "grid", max_age=31536000, samesite="lax")
    # ok: insecure-cookie-flags
    response.set_cookie(key="atelier_banner", value="dismissed", samesite="lax")
    return {"ok": True}


@router.post("/remember")
async def remember(response: Response):
    token = secrets.token_urlsafe(32)
    # ruleid: insecure-cookie-flags
    response.set_cookie("atelier_remember", token, max_age=31536000, samesite="lax")
    # ruleid: insecure-cookie-flags
    response.set_cookie(key="atelier_remember2", value=token, httponly=True)
    return {"ok": True}


@router.get("/theme")
async def theme_preference(response: Response, theme: str = "light"):
    if theme in {"light", "dark"}:
        # ok: insecure-cookie-flags
        response.set_cookie("hs_theme", theme, max_age=31536000, samesite="lax")
    # ruleid: insecure-cookie-flags
    response.set_cookie("hs_session", theme, httponly=True, samesite="lax")
    return {"theme": theme}
