"""Signed approval links for framing quotes.

Customers get an e-mail with a link to approve the mount colour, moulding
and glazing before the workshop cuts anything.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import time

from django.http import Http404, HttpResponseForbidden
from django.shortcuts import get_object_or_404, render

from .models import FramingQuote

LINK_TTL = 14 * 24 * 3600


def _key() -> bytes:
    return os.environ["FRAMING_LINK_KEY"].encode()


def _mac(quote_id: int, expires: int) -> str:
    msg = f"{quote_id}:{expires}".encode()
    raw = hmac.new(_key(), msg, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def approval_token(quote_id: int, now: float | None = None) -> str:
    expires = int((now or time.time()) + LINK_TTL)
    return f"{expires}.{_mac(quote_id, expires)}"


def _check(quote_id: int, token: str) -> bool:
    try:
        expires_s, mac = token.split(".", 1)
        expires = int(expires_s)
    except ValueError:
        return False
    if expires < time.time():
        return False
    return secrets.compare_digest(mac, _mac(quote_id, expires))


def approve_quote(request, quote_id: int, token: str):
    if not _check(quote_id, token):
        return HttpResponseForbidden("This approval link is invalid or has expired.")
    quote = get_object_or_404(FramingQuote, pk=quote_id)
    if quote.status == "approved":
        return render(request, "framing/already_approved.html", {"quote": quote})
    if quote.status != "awaiting_customer":
        raise Http404
    if request.method == "POST":
        quote.status = "approved"
        quote.approved_from_ip = request.META.get("REMOTE_ADDR")
        quote.save(update_fields=["status", "approved_from_ip"])
        return render(request, "framing/thanks.html", {"quote": quote})
    return render(request, "framing/approve.html", {"quote": quote, "token": token})
