"""Bearer-token check for the in-line screening stations.

Vibratory screeners on the customer's line report blinding and mesh-tear
alarms to our service platform. Each station is provisioned with a token;
only the SHA-256 of the token is stored server-side.
"""
import hashlib
import secrets
from dataclasses import dataclass
from typing import Optional

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse


@dataclass
class Station:
    station_id: str
    customer: str
    token_sha256: str


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def provision(station_id: str, customer: str):
    token = secrets.token_hex(32)
    return Station(station_id, customer, hash_token(token)), token


class StationAuthMiddleware(BaseHTTPMiddleware):
    def __init__(self, app, registry):
        super().__init__(app)
        self.registry = registry

    def _authenticate(self, request: Request) -> Optional[Station]:
        station_id = request.headers.get("X-Station-Id")
        auth = request.headers.get("Authorization", "")
        scheme, _, token = auth.partition(" ")
        if scheme.lower() != "bearer" or not token or not station_id:
            return None
        station = self.registry.get(station_id)
        if station is None:
            return None
        if not secrets.compare_digest(hash_token(token), station.token_sha256):
            return None
        return station

    async def dispatch(self, request: Request, call_next):
        if not request.url.path.startswith("/stations/"):
            return await call_next(request)
        station = self._authenticate(request)
        if station is None:
            return JSONResponse({"detail": "unauthorised"}, status_code=401)
        request.state.station = station
        return await call_next(request)
