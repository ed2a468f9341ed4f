"""Authentication middleware for the press-floor kiosk API (job tickets, ink logs)."""
import logging
import os
from dataclasses import dataclass, field

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse

log = logging.getLogger("kiosk.auth")


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(",") if v.strip())


@dataclass(frozen=True)
class KioskSettings:
    keys: tuple[str, ...] = field(default_factory=lambda: _split(os.environ.get("KIOSK_API_KEYS", "")))
    open_paths: tuple[str, ...] = ("/healthz", "/metrics")
    header: str = "X-Kiosk-Key"


class KioskKeyMiddleware(BaseHTTPMiddleware):
    def __init__(self, app, settings: KioskSettings | None = None) -> None:
        super().__init__(app)
        self.settings = settings or KioskSettings()
        if not self.settings.keys:
            raise RuntimeError("KIOSK_API_KEYS is empty")

    def _authorised(self, request: Request) -> bool:
        presented = request.headers.get(self.settings.header, "")
        return presented in self.settings.keys

    async def dispatch(self, request: Request, call_next):
        if request.url.path in self.settings.open_paths:
            return await call_next(request)
        if not self._authorised(request):
            log.warning("kiosk request refused: %s %s", request.method, request.url.path)
            return JSONResponse({"detail": "unauthorised"}, status_code=401)
        request.state.kiosk = request.headers.get("X-Kiosk-Station", "unknown")
        return await call_next(request)


def install(app) -> None:
    app.add_middleware(KioskKeyMiddleware)
