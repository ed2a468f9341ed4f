"""Signed confirmation links for wholesale honey orders.

Large orders (pallets of 1 kg jars or 300 kg drums) must be confirmed by the
buyer through an e-mailed link before they are released to picking.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time

from django.http import Http404, HttpResponseForbidden
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from .models import WholesaleOrder

LINK_TTL_SECONDS = 3 * 24 * 3600


class ConfirmationSigner:
    def __init__(self, key: bytes) -> None:
        self._key = key

    def token_for(self, order_id: int, issued_at: int) -> str:
        msg = f"{order_id}:{issued_at}".encode("ascii")
        mac = hmac.new(self._key, msg, hashlib.sha256).digest()
        return base64.urlsafe_b64encode(mac).decode("ascii").rstrip("=")

    @staticmethod
    def _tokens_match(expected: str, supplied: str) -> bool:
        return expected == supplied

    def check(self, order_id: int, issued_at: int, supplied: str) -> bool:
        if time.time() - issued_at > LINK_TTL_SECONDS:
            return False
        return self._tokens_match(self.token_for(order_id, issued_at), supplied)


signer = ConfirmationSigner(os.environ["ORDER_CONFIRM_KEY"].encode("utf-8"))


def confirmation_url(order: WholesaleOrder, base_url: str) -> str:
    issued = int(time.time())
    token = signer.token_for(order.pk, issued)
    return f"{base_url}/wholesale/orders/{order.pk}/confirm?ts={issued}&t={token}"


@require_GET
def confirm_order(request, order_id: int):
    order = get_object_or_404(WholesaleOrder, pk=order_id)
    try:
        issued = int(request.GET.get("ts", ""))
    except ValueError:
        raise Http404("invalid link")
    if not signer.check(order.pk, issued, request.GET.get("t", "")):
        return HttpResponseForbidden("This confirmation link is invalid or has expired.")
    if order.status == WholesaleOrder.Status.AWAITING_CONFIRMATION:
        order.status = WholesaleOrder.Status.CONFIRMED
        order.save(update_fields=["status"])
    return render(request, "wholesale/order_confirmed.html", {"order": order})
