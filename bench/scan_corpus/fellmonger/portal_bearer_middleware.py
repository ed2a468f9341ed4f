"""Bearer token check for the scale-house integration endpoints."""
import secrets

from starlette.applications import Starlette
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from fellmonger.settings import INTEGRATION_TOKENS
from fellmonger.weighbridge import record_weighing

OPEN_PATHS = {"/health"}


class BearerTokenMiddleware(BaseHTTPMiddleware):
    def __init__(self, app, tokens: dict[str, str]):
        super().__init__(app)
        self.tokens = tokens

    def _client_for(self, header: str) -> str | None:
        scheme, _, presented = header.partition(" ")
        if scheme.lower() != "bearer" or not presented:
            return None
        match = None
        for client_name, token in self.tokens.items():
            if secrets.compare_digest(presented.encode(), token.encode()):
                match = client_name
        return match

    async def dispatch(self, request: Request, call_next):
        if request.url.path in OPEN_PATHS:
            return await call_next(request)
        client = self._client_for(request.headers.get("authorization", ""))
        if client is None:
            return JSONResponse({"detail": "unauthorised"}, status_code=401)
        request.state.client = client
        return await call_next(request)


async def health(request: Request):
    return JSONResponse({"status": "ok"})


async def weighing(request: Request):
    payload = await request.json()
    ticket = await record_weighing(request.state.client, payload)
    return JSONResponse({"ticket": ticket}, status_code=201)


app = Starlette(routes=[Route("/health", health), Route("/weighings", weighing, methods=["POST"])])
app.add_middleware(BearerTokenMiddleware, tokens=INTEGRATION_TOKENS)
