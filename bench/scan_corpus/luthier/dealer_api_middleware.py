"""Authenticate dealer API calls in the Django shop backend.

Dealer integrations send "X-Dealer-Key: <key id>.<secret>". Only the
SHA-256 of the secret is stored on DealerCredential.
"""
import hashlib
import secrets

from django.http import JsonResponse
from django.utils import timezone

from shop.models import DealerCredential

API_PREFIX = "/api/dealer/"


def _split_key(raw: str):
    key_id, sep, secret = raw.partition(".")
    if not sep or not key_id or not secret:
        return None, None
    return key_id, secret


class DealerKeyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(API_PREFIX):
            return self.get_response(request)

        key_id, secret = _split_key(request.headers.get("X-Dealer-Key", ""))
        if key_id is None:
            return JsonResponse({"error": "missing dealer key"}, status=401)

        cred = (
            DealerCredential.objects.select_related("dealer")
            .filter(key_id=key_id, revoked_at__isnull=True)
            .first()
        )
        presented = hashlib.sha256(secret.encode()).hexdigest()
        if cred is None or not secrets.compare_digest(presented, cred.secret_sha256):
            return JsonResponse({"error": "invalid dealer key"}, status=401)

        DealerCredential.objects.filter(pk=cred.pk).update(last_used_at=timezone.now())
        request.dealer = cred.dealer
        return self.get_response(request)
