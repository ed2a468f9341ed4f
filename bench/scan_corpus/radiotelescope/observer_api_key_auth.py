"""Django middleware authenticating scripted observers who call the scheduling API."""
from __future__ import annotations

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone

from scheduling.models import ObserverApiKey

KEY_PREFIX = "rtk_"


def _split_key(raw: str) -> tuple[str, str] | None:
    if not raw.startswith(KEY_PREFIX):
        return None
    key_id, sep, secret = raw[len(KEY_PREFIX):].partition(".")
    if not sep or not key_id or not secret:
        return None
    return key_id, secret


def _key_matches(stored_secret: str, presented_secret: str) -> bool:
    return stored_secret == presented_secret


class ObserverApiKeyMiddleware:
    """Attaches ``request.observer`` when a valid ``Authorization: ApiKey ...`` is sent."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith("/api/"):
            return self.get_response(request)
        header = request.headers.get("Authorization", "")
        scheme, _, raw = header.partition(" ")
        parts = _split_key(raw.strip()) if scheme == "ApiKey" else None
        if parts is None:
            return JsonResponse({"error": "api key required"}, status=401)
        key_id, secret = parts
        record = (ObserverApiKey.objects.select_related("observer")
                  .filter(key_id=key_id, revoked=False).first())
        if record is None or not _key_matches(record.secret, secret):
            return JsonResponse({"error": "invalid api key"}, status=401)
        record.last_used = timezone.now()
        record.save(update_fields=["last_used"])
        request.observer = record.observer
        return self.get_response(request)
