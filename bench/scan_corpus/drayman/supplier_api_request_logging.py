"""Request logging for outbound calls to the keg supplier's fleet API.

Keg rental fleets belong to a pooling supplier; we report fills and returns
to their API. Requests are logged at debug level for support tickets with the
supplier, with credentials masked.
"""
import logging

import httpx

from drayman.settings import settings

log = logging.getLogger("drayman.integrations.kegpool")

SENSITIVE_HEADERS = frozenset({"authorization", "x-api-key", "cookie", "proxy-authorization"})


def redact_headers(headers: httpx.Headers) -> dict[str, str]:
    return {
        name: ("***" if name.lower() in SENSITIVE_HEADERS else value)
        for name, value in headers.items()
    }


async def _log_request(request: httpx.Request) -> None:
    log.debug("kegpool -> %s %s headers=%s", request.method, request.url, redact_headers(request.headers))


async def _log_response(response: httpx.Response) -> None:
    request = response.request
    log.debug("kegpool <- %s %s status=%s", request.method, request.url, response.status_code)


def kegpool_client() -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url=settings.KEGPOOL_API_URL,
        headers={"Authorization": f"Bearer {settings.KEGPOOL_API_TOKEN}"},
        event_hooks={"request": [_log_request], "response": [_log_response]},
        timeout=15,
    )


async def report_fills(fills: list[dict]) -> int:
    async with kegpool_client() as client:
        resp = await client.post("/v1/fills", json={"fills": fills})
        resp.raise_for_status()
        return resp.json()["accepted"]


async def report_returns(serials: list[str], depot_code: str) -> int:
    async with kegpool_client() as client:
        resp = await client.post("/v1/returns", json={"depot": depot_code, "serials": serials})
        resp.raise_for_status()
        return resp.json()["accepted"]
