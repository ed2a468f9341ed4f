"""First-party user id cookie for the measurement pixel (FastAPI)."""
import secrets
import time

from fastapi import APIRouter, Request, Response

from measurement.config import settings
from measurement.events import record_pixel_hit

router = APIRouter()

UID_COOKIE = "_mid"
UID_MAX_AGE = 60 * 60 * 24 * 390  # just under 13 months
TRANSPARENT_GIF = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00"
    b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
)


def _uid_from(request: Request) -> tuple[str, bool]:
    existing = request.cookies.get(UID_COOKIE, "")
    if 20 <= len(existing) <= 64 and existing.replace("-", "").replace("_", "").isalnum():
        return existing, False
    return secrets.token_urlsafe(16), True


@router.get("/px.gif")
def pixel(request: Request, cid: str = "", ev: str = "view") -> Response:
    uid, fresh = _uid_from(request)
    if request.headers.get("DNT") != "1":
        record_pixel_hit(uid=uid, campaign_id=cid[:64], event=ev[:32], ts=time.time())

    resp = Response(content=TRANSPARENT_GIF, media_type="image/gif")
    resp.headers["Cache-Control"] = "no-store"
    if fresh or settings.refresh_uid_cookie:
        resp.set_cookie(
            key=UID_COOKIE,
            value=uid,
            max_age=UID_MAX_AGE,
            domain=settings.cookie_domain,
            path="/",
            secure=True,
            httponly=True,
            samesite="none",
        )
    return resp
