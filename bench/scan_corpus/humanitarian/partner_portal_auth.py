"""Token validation for the partner agency portal API.

Partner staff sign in through the organisation's identity provider. The
portal only needs the key id from the header to pick the signing key; the
token itself is always verified before any claim is read.
"""
from functools import lru_cache

import jwt
from django.conf import settings
from django.http import JsonResponse

ALLOWED_ALGORITHMS = ["RS256"]


class PortalAuthError(Exception):
    pass


@lru_cache(maxsize=1)
def _jwks_client() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(settings.PARTNER_IDP_JWKS_URL, cache_keys=True)


def decode_partner_token(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGORITHMS or "kid" not in header:
        raise PortalAuthError("unexpected token header")
    signing_key = _jwks_client().get_signing_key(header["kid"])
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=ALLOWED_ALGORITHMS,
        audience=settings.PARTNER_PORTAL_AUDIENCE,
        issuer=settings.PARTNER_IDP_ISSUER,
        options={"require": ["exp", "iat", "sub", "aud", "iss"]},
    )


class PartnerTokenMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/api/partners/"):
            auth = request.headers.get("Authorization", "")
            if not auth.startswith("Bearer "):
                return JsonResponse({"detail": "authentication required"}, status=401)
            try:
                request.partner_claims = decode_partner_token(auth[7:])
            except (jwt.PyJWTError, PortalAuthError):
                return JsonResponse({"detail": "invalid token"}, status=401)
        return self.get_response(request)
