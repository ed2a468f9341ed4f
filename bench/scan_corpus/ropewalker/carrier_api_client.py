"""Books freight with the haulage carrier for full-drum mooring line shipments."""
import logging
from collections.abc import Mapping

import httpx

from ropewalker.config import settings

log = logging.getLogger("ropewalker.shipping")

SENSITIVE_HEADERS = frozenset({"authorization", "x-api-key", "cookie", "proxy-authorization"})


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {
        name: ("[redacted]" if name.lower() in SENSITIVE_HEADERS else value)
        for name, value in headers.items()
    }


async def _log_request(request: httpx.Request) -> None:
    log.debug("%s %s headers=%s", request.method, request.url, redact_headers(request.headers))


async def _log_response(response: httpx.Response) -> None:
    log.debug("%s %s -> %s", response.request.method, response.request.url, response.status_code)


def build_client() -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url=settings.CARRIER_API_URL,
        headers={"X-Api-Key": settings.CARRIER_API_KEY, "Accept": "application/json"},
        event_hooks={"request": [_log_request], "response": [_log_response]},
        timeout=30.0,
    )


async def book_collection(shipment: dict) -> str:
    async with build_client() as client:
        response = await client.post(
            "/bookings",
            json={
                "collection_site": settings.PLANT_CODE,
                "consignee": shipment["consignee"],
                "pallets": shipment["pallets"],
                "gross_kg": shipment["gross_kg"],
                "ready_at": shipment["ready_at"],
            },
        )
        response.raise_for_status()
        booking = response.json()
    log.info("carrier booking %s for shipment %s", booking["id"], shipment["reference"])
    return booking["id"]
