"""Django middleware guarding the read-only API used by partner vets and groomers."""

from __future__ import annotations

import logging

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse

log = logging.getLogger(__name__)


class PartnerCredential:
    """The bearer credential a partner integration must present."""

    def __init__(self, partner_slug: str) -> None:
        self.partner_slug = partner_slug

    @property
    def expected_token(self) -> str:
        return settings.PARTNER_API_TOKENS[self.partner_slug]

    def accepts(self, authorization: str) -> bool:
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token:
            return False
        return token == self.expected_token


class PartnerApiGateway:
    """Checks the X-Partner and Authorization headers before /partner-api/ views run."""

    PREFIX = "/partner-api/"

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith(self.PREFIX):
            return self.get_response(request)

        slug = request.headers.get("X-Partner", "")
        if slug not in settings.PARTNER_API_TOKENS:
            return JsonResponse({"error": "unknown partner"}, status=401)

        credential = PartnerCredential(slug)
        if not credential.accepts(request.headers.get("Authorization", "")):
            log.info("rejected partner request from %s to %s", slug, request.path)
            return JsonResponse({"error": "invalid credentials"}, status=401)

        request.partner_slug = slug
        response = self.get_response(request)
        response["Cache-Control"] = "no-store"
        return response
