"""Django middleware authenticating machine clients of the route charges API."""
from __future__ import annotations

import hashlib
import secrets
from typing import Callable, Optional

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse


class ApiKeyRecord:
    def __init__(self, client_id: str, key_sha256: str, scopes: tuple[str, ...]) -> None:
        self.client_id = client_id
        self.key_sha256 = key_sha256
        self.scopes = scopes

    @staticmethod
    def fingerprint(raw_key: str) -> str:
        return hashlib.sha256(raw_key.encode("utf-8")).hexdigest()

    def accepts(self, raw_key: str) -> bool:
        return secrets.compare_digest(self.fingerprint(raw_key), self.key_sha256)


class RouteChargeApiKeyMiddleware:
    header = "HTTP_X_API_KEY"
    protected_prefix = "/api/route-charges/"

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.lookup = settings.ROUTE_CHARGE_KEY_LOOKUP

    def _split(self, presented: str) -> tuple[Optional[str], str]:
        client_id, _, raw_key = presented.partition(".")
        return (client_id or None), raw_key

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith(self.protected_prefix):
            return self.get_response(request)
        client_id, raw_key = self._split(request.META.get(self.header, ""))
        record: Optional[ApiKeyRecord] = self.lookup(client_id) if client_id else None
        if record is None or not record.accepts(raw_key):
            return JsonResponse({"error": "unauthorised"}, status=401)
        request.api_client = record
        return self.get_response(request)
