"""Signed one-click links in membership e-mails (pause plan, update card)."""
from __future__ import annotations

import base64
import hashlib
import hmac
import time

from django.conf import settings
from django.http import HttpRequest, HttpResponseBadRequest, JsonResponse
from django.urls import reverse
from django.utils.crypto import constant_time_compare

LINK_TTL_S = 7 * 24 * 3600
ACTIONS = {"pause", "resume", "update-card"}


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _sign(member_id: int, action: str, expires: int) -> str:
    key = hashlib.sha256(b"member-links:" + settings.SECRET_KEY.encode()).digest()
    msg = f"{member_id}|{action}|{expires}".encode()
    return _b64(hmac.new(key, msg, hashlib.sha256).digest())


def build_link(request: HttpRequest, member_id: int, action: str) -> str:
    if action not in ACTIONS:
        raise ValueError(action)
    expires = int(time.time()) + LINK_TTL_S
    path = reverse("member-link", args=[member_id, action])
    sig = _sign(member_id, action, expires)
    return request.build_absolute_uri(f"{path}?e={expires}&s={sig}")


def member_link(request: HttpRequest, member_id: int, action: str):
    try:
        expires = int(request.GET.get("e", ""))
    except ValueError:
        return HttpResponseBadRequest("malformed link")
    supplied = request.GET.get("s", "")
    if action not in ACTIONS or expires < time.time():
        return HttpResponseBadRequest("link expired")
    if not constant_time_compare(_sign(member_id, action, expires), supplied):
        return HttpResponseBadRequest("link invalid")
    return JsonResponse({"member": member_id, "action": action, "status": "queued"})
