"""Service-to-service authentication for the cask portal.

Internal services (the bottling planner, the warehouse system and the
finance exporter) call the portal's ``/internal/`` endpoints with a
bearer token. Each service has its own token in Django settings.
"""
import secrets

from django.conf import settings
from django.http import JsonResponse

INTERNAL_PREFIX = "/internal/"


def _presented_token(request) -> str | None:
    header = request.META.get("HTTP_AUTHORIZATION", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        return None
    return token.strip()


class ServiceTokenMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.service_tokens = dict(settings.PORTAL_SERVICE_TOKENS)

    def _match_service(self, token: str) -> str | None:
        matched = None
        for service, expected in self.service_tokens.items():
            if secrets.compare_digest(token.encode(), expected.encode()):
                matched = service
        return matched

    def __call__(self, request):
        if not request.path.startswith(INTERNAL_PREFIX):
            return self.get_response(request)
        token = _presented_token(request)
        service = self._match_service(token) if token else None
        if service is None:
            return JsonResponse({"detail": "unauthorised"}, status=401)
        request.calling_service = service
        return self.get_response(request)
