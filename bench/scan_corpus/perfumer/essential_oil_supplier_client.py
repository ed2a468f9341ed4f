"""Async client for the essential-oil cooperative's stock and ordering API."""
import logging

import httpx

from perfumer.config import settings

logger = logging.getLogger("perfumer.suppliers.essential_oils")

REDACTED_HEADERS = frozenset({"authorization", "x-api-key", "cookie"})


def redact(headers: httpx.Headers | dict) -> dict:
    return {k: ("[redacted]" if k.lower() in REDACTED_HEADERS else v) for k, v in dict(headers).items()}


async def _log_request(request: httpx.Request) -> None:
    logger.debug("-> %s %s headers=%s", request.method, request.url, redact(request.headers))


async def _log_response(response: httpx.Response) -> None:
    logger.debug("<- %s %s", response.status_code, response.request.url)


class EssentialOilCoopClient:
    def __init__(self, api_key: str = settings.OIL_COOP_API_KEY, base_url: str = settings.OIL_COOP_URL):
        self._client = httpx.AsyncClient(
            base_url=base_url,
            headers={"X-Api-Key": api_key, "Accept": "application/json"},
            timeout=20.0,
            event_hooks={"request": [_log_request], "response": [_log_response]},
        )

    async def harvest_lots(self, botanical: str) -> list[dict]:
        response = await self._client.get("/lots", params={"botanical": botanical, "available": "true"})
        response.raise_for_status()
        return response.json()["lots"]

    async def reserve(self, lot_id: str, kilograms: float, purchase_order: str) -> dict:
        response = await self._client.post(
            f"/lots/{lot_id}/reservations",
            json={"quantity_kg": kilograms, "reference": purchase_order},
        )
        response.raise_for_status()
        return response.json()

    async def aclose(self) -> None:
        await self._client.aclose()
