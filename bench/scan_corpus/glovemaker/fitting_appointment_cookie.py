"""Signed cookie that carries a bespoke fitting appointment between pages.

A customer books a hand-measurement slot, then fills in leather and lining
choices over several pages; the appointment reference rides in a cookie.
"""
import base64
import hashlib
import hmac
import json
import time
from hmac import compare_digest as same
from typing import Optional

from django.conf import settings
from django.http import HttpRequest, HttpResponse

COOKIE_NAME = "fitting_appt"
MAX_AGE = 2 * 60 * 60


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _mac(payload: str) -> str:
    key = settings.SECRET_KEY.encode("utf-8") + b":fitting-appointment"
    return _b64(hmac.new(key, payload.encode("ascii"), hashlib.sha256).digest())


def set_appointment(response: HttpResponse, appointment_ref: str, fitter_code: str) -> None:
    data = {"ref": appointment_ref, "fitter": fitter_code, "iat": int(time.time())}
    payload = _b64(json.dumps(data, separators=(",", ":")).encode("utf-8"))
    response.set_cookie(
        COOKIE_NAME,
        f"{payload}.{_mac(payload)}",
        max_age=MAX_AGE,
        secure=True,
        httponly=True,
        samesite="Lax",
    )


def get_appointment(request: HttpRequest) -> Optional[dict]:
    raw = request.COOKIES.get(COOKIE_NAME)
    if not raw or "." not in raw:
        return None
    payload, signature = raw.rsplit(".", 1)
    if not same(_mac(payload), signature):
        return None
    data = json.loads(_unb64(payload))
    if time.time() - data.get("iat", 0) > MAX_AGE:
        return None
    return data
