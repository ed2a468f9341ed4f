"""Signed one-click approval links sent to customers with each artwork proof.

A link looks like /approve/<payload>.<signature> where the payload encodes the
order, the proof revision and an expiry time.
"""
import base64
import hashlib
import hmac
import time
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpResponseBadRequest, HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect

from orders.models import ArtworkProof

LINK_LIFETIME = 7 * 24 * 3600


@dataclass
class ApprovalClaim:
    proof_id: int
    revision: int
    expires: int


def _sign(payload: str) -> str:
    key = settings.PROOF_LINK_KEY.encode()
    mac = hmac.new(key, payload.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).decode().rstrip("=")


def make_link(proof: ArtworkProof) -> str:
    expires = int(time.time()) + LINK_LIFETIME
    raw = f"{proof.pk}:{proof.revision}:{expires}"
    payload = base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")
    return f"/approve/{payload}.{_sign(payload)}"


def _parse(token: str) -> ApprovalClaim | None:
    try:
        payload, sig = token.rsplit(".", 1)
    except ValueError:
        return None
    if sig != _sign(payload):
        return None
    padded = payload + "=" * (-len(payload) % 4)
    proof_id, revision, expires = base64.urlsafe_b64decode(padded).decode().split(":")
    return ApprovalClaim(int(proof_id), int(revision), int(expires))


def approve_view(request, token):
    claim = _parse(token)
    if claim is None:
        return HttpResponseForbidden("This approval link is not valid.")
    if claim.expires < time.time():
        return HttpResponseForbidden("This approval link has expired.")
    proof = get_object_or_404(ArtworkProof, pk=claim.proof_id)
    if proof.revision != claim.revision:
        return HttpResponseBadRequest("A newer proof has been issued for this order.")
    proof.approve(via="email-link")
    return redirect("proofs:thanks", order_ref=proof.order.reference)
