"""Restrict webfont kit delivery to the domains listed on the customer's licence."""

from urllib.parse import urlsplit

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse

from typefounder.kits import KitCache

DEV_HOSTS = frozenset({"localhost", "127.0.0.1"})


def request_host(request: Request) -> str | None:
    source = request.headers.get("origin") or request.headers.get("referer")
    if not source:
        return None
    host = urlsplit(source).hostname
    return host.lower().rstrip(".") if host else None


def host_permitted(host: str, allowed_domains: frozenset[str], allow_dev: bool) -> bool:
    if allow_dev and host in DEV_HOSTS:
        return True
    if host in allowed_domains:
        return True
    return any(host.endswith("." + domain) for domain in allowed_domains)


class KitDomainMiddleware(BaseHTTPMiddleware):
    def __init__(self, app, kit_cache: KitCache):
        super().__init__(app)
        self.kit_cache = kit_cache

    async def dispatch(self, request: Request, call_next):
        if not request.url.path.startswith("/kits/"):
            return await call_next(request)
        kit_id = request.url.path.split("/")[2].split(".")[0]
        kit = await self.kit_cache.get(kit_id)
        if kit is None:
            return PlainTextResponse("kit not found", status_code=404)
        host = request_host(request)
        if host is None or not host_permitted(host, kit.allowed_domains, kit.allow_dev_hosts):
            return PlainTextResponse("domain not licensed for this kit", status_code=403)
        return await call_next(request)
