"""Django middleware authenticating freight forwarders calling the entry-filing API."""
from __future__ import annotations

import os
from typing import Callable

from django.http import HttpRequest, HttpResponse, JsonResponse


def _load_partner_keys() -> dict[str, str]:
    """Partner keys are provisioned as FORWARDER_KEY_<CODE> environment variables."""
    prefix = "FORWARDER_KEY_"
    return {
        name[len(prefix):].lower(): value
        for name, value in os.environ.items()
        if name.startswith(prefix)
    }


class ForwarderKeyMiddleware:
    protected_prefix = "/api/filings/"

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.partner_keys = _load_partner_keys()

    def _credentials(self, request: HttpRequest) -> tuple[str, str] | None:
        header = request.headers.get("Authorization", "")
        scheme, _, value = header.partition(" ")
        if scheme.lower() != "forwarder" or ":" not in value:
            return None
        partner, _, key = value.partition(":")
        return partner.lower(), key

    def _is_known(self, partner: str, key: str) -> bool:
        expected = self.partner_keys.get(partner)
        return expected is not None and key == expected

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith(self.protected_prefix):
            return self.get_response(request)
        creds = self._credentials(request)
        if creds is None or not self._is_known(*creds):
            return JsonResponse({"error": "unauthorized"}, status=401)
        request.forwarder_code = creds[0]
        return self.get_response(request)
