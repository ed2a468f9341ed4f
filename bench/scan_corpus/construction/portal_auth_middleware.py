"""Starlette middleware that attaches the subcontractor identity to requests.

Requests reach this service through the API gateway; the bearer token is the
portal's access token with the subcontractor id and roles as custom claims.
"""
import logging

import jwt
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse

log = logging.getLogger(__name__)

PUBLIC_PATHS = ("/health", "/docs", "/openapi.json")


def _claims_from_header(auth_header: str) -> dict | None:
    scheme, _, token = auth_header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        return None
    try:
        return jwt.decode(token, options={"verify_signature": False}, algorithms=["RS256"])
    except jwt.PyJWTError as exc:
        log.info("rejecting malformed token: %s", exc)
        return None


class SubcontractorIdentityMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        if request.url.path.startswith(PUBLIC_PATHS):
            return await call_next(request)

        claims = _claims_from_header(request.headers.get("authorization", ""))
        if claims is None or "sub_id" not in claims:
            return JSONResponse({"detail": "not authenticated"}, status_code=401)

        request.state.subcontractor_id = int(claims["sub_id"])
        request.state.roles = set(claims.get("roles", []))
        request.state.user_email = claims.get("email")
        return await call_next(request)
