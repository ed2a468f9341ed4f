"""Traced HTTP client for the timber supplier's ordering API."""

import logging

import httpx

from clogmaker.config import settings

log = logging.getLogger("clogmaker.suppliers.http")

SENSITIVE_HEADERS = frozenset({"authorization", "x-api-key", "cookie", "set-cookie", "proxy-authorization"})


def redacted_headers(headers: httpx.Headers) -> dict[str, str]:
    return {
        name: ("[redacted]" if name.lower() in SENSITIVE_HEADERS else value)
        for name, value in headers.items()
    }


async def _log_request(request: httpx.Request) -> None:
    log.debug("%s %s headers=%s", request.method, request.url, redacted_headers(request.headers))


async def _log_response(response: httpx.Response) -> None:
    request = response.request
    log.debug("%s %s -> %s", request.method, request.url, response.status_code)


def supplier_client() -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url=settings.TIMBER_SUPPLIER_API_URL,
        headers={"X-Api-Key": settings.TIMBER_SUPPLIER_API_KEY},
        event_hooks={"request": [_log_request], "response": [_log_response]},
        timeout=30.0,
    )


async def order_blanks(species: str, quantity: int, delivery_week: str) -> str:
    async with supplier_client() as client:
        response = await client.post(
            "/orders",
            json={"species": species, "quantity": quantity, "delivery_week": delivery_week},
        )
        response.raise_for_status()
        order_id = response.json()["order_id"]
    log.info("Placed timber order %s for %d %s blanks", order_id, quantity, species)
    return order_id
