"""Short-lived signed URLs that let customers upload artwork straight to the studio file store."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time
from dataclasses import dataclass
from hmac import compare_digest as same
from urllib.parse import urlencode

UPLOAD_HOST = os.environ.get("ARTWORK_UPLOAD_HOST", "https://files.example-press.com")
SIGNING_KEY = os.environ["ARTWORK_URL_SIGNING_KEY"].encode()
DEFAULT_TTL = 15 * 60


@dataclass(frozen=True)
class UploadGrant:
    order_id: int
    slot: str  # "main", "envelope", "rsvp", "monogram"
    expires: int


def _sign(grant: UploadGrant) -> str:
    msg = f"{grant.order_id}:{grant.slot}:{grant.expires}".encode()
    mac = hmac.new(SIGNING_KEY, msg, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).rstrip(b"=").decode()


def upload_url(order_id: int, slot: str, ttl: int = DEFAULT_TTL) -> str:
    grant = UploadGrant(order_id, slot, int(time.time()) + ttl)
    query = urlencode(
        {"order": grant.order_id, "slot": grant.slot, "exp": grant.expires, "sig": _sign(grant)}
    )
    return f"{UPLOAD_HOST}/upload?{query}"


def check_grant(params: dict[str, str]) -> UploadGrant | None:
    try:
        grant = UploadGrant(int(params["order"]), params["slot"], int(params["exp"]))
    except (KeyError, ValueError):
        return None
    if grant.expires < time.time():
        return None
    if not same(_sign(grant), params.get("sig", "")):
        return None
    return grant
