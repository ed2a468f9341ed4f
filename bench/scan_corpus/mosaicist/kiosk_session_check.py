"""Pairing check for the front-of-house kiosk tablets in the studio shop.

Each kiosk is paired once by staff and stores a device token; every sync
call from the tablet presents that token in a header.
"""
import secrets
from functools import wraps

from flask import abort, g, request

from studio.models import Kiosk

DEVICE_HEADER = "X-Kiosk-Token"
KIOSK_ID_HEADER = "X-Kiosk-Id"


def pair_kiosk(kiosk: Kiosk) -> str:
    token = secrets.token_urlsafe(32)
    kiosk.device_token = token
    kiosk.save()
    return token


def _load_kiosk(kiosk_id: str) -> Kiosk | None:
    if not kiosk_id.isdigit():
        return None
    return Kiosk.get_or_none(Kiosk.id == int(kiosk_id))


def kiosk_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        kiosk = _load_kiosk(request.headers.get(KIOSK_ID_HEADER, ""))
        presented = request.headers.get(DEVICE_HEADER, "")
        if kiosk is None or not kiosk.device_token:
            abort(401)
        if not secrets.compare_digest(presented.encode(), kiosk.device_token.encode()):
            abort(401)
        if kiosk.status == "retired":
            abort(403)
        g.kiosk = kiosk
        return view(*args, **kwargs)

    return wrapper
