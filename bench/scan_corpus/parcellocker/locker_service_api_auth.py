"""API-key authentication for the locker fleet service (used by integrations)."""
from __future__ import annotations

import hashlib
import os
import secrets
from typing import Mapping

from django.http import HttpRequest, JsonResponse

API_KEY_HEADER = "HTTP_X_LOCKER_API_KEY"


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def _registered_clients(env: Mapping[str, str] = os.environ) -> dict[str, str]:
    clients = {}
    for entry in env.get("LOCKER_API_CLIENTS", "").split(";"):
        if ":" in entry:
            name, key_digest = entry.split(":", 1)
            clients[name.strip()] = key_digest.strip()
    return clients


class ApiKeyMiddleware:
    exempt_prefixes = ("/healthz", "/metrics")

    def __init__(self, get_response) -> None:
        self.get_response = get_response
        self.clients = _registered_clients()

    def _identify(self, presented: str) -> str | None:
        presented_digest = _digest(presented)
        match = None
        for name, expected in self.clients.items():
            if secrets.compare_digest(presented_digest, expected):
                match = name
        return match

    def __call__(self, request: HttpRequest):
        if request.path.startswith(self.exempt_prefixes):
            return self.get_response(request)
        client = self._identify(request.META.get(API_KEY_HEADER, ""))
        if client is None:
            return JsonResponse({"error": "invalid api key"}, status=401)
        if request.method not in ("GET", "HEAD") and client == "readonly-dashboard":
            return JsonResponse({"error": "read-only client"}, status=403)
        request.api_client = client
        return self.get_response(request)
