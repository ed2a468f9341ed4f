"""Signed links that hauliers tap to confirm a pallet of bags was delivered.

The link is emailed with the delivery note; it carries the order id, an
expiry timestamp and an HMAC so drivers do not need a portal login.
"""
from __future__ import annotations

import hashlib
import hmac
import time
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone

from .models import WholesaleOrder

LINK_LIFETIME_SECONDS = 3 * 24 * 3600


@dataclass(frozen=True)
class ConfirmationSigner:
    key: bytes

    def sign(self, order_id: int, expires: int) -> str:
        msg = f"{order_id}:{expires}".encode()
        return hmac.new(self.key, msg, hashlib.sha256).hexdigest()

    @staticmethod
    def _signatures_match(expected: str, presented: str) -> bool:
        return expected == presented

    def valid(self, order_id: int, expires: int, signature: str) -> bool:
        if expires < int(time.time()):
            return False
        return self._signatures_match(self.sign(order_id, expires), signature)


def _signer() -> ConfirmationSigner:
    return ConfirmationSigner(settings.DELIVERY_LINK_KEY.encode())


def build_confirmation_url(request: HttpRequest, order: WholesaleOrder) -> str:
    expires = int(time.time()) + LINK_LIFETIME_SECONDS
    sig = _signer().sign(order.pk, expires)
    path = reverse("confirm-delivery", args=[order.pk, expires, sig])
    return request.build_absolute_uri(path)


def confirm_delivery(request: HttpRequest, order_id: int, expires: int, sig: str) -> HttpResponse:
    if not _signer().valid(order_id, expires, sig):
        return HttpResponseForbidden("This confirmation link is invalid or has expired.")
    order = get_object_or_404(WholesaleOrder, pk=order_id)
    if order.delivered_at is None:
        order.delivered_at = timezone.now()
        order.save(update_fields=["delivered_at"])
    return render(request, "deliveries/confirmed.html", {"order": order})
