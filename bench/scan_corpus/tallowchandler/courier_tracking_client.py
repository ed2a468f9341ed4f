"""Pulls tracking events for pallets sent out with the regional courier."""
import logging
from datetime import datetime

import httpx

from tallow.config import settings

logger = logging.getLogger(__name__)


class CourierTrackingClient:
    def __init__(self, token: str = settings.COURIER_API_TOKEN):
        self._client = httpx.AsyncClient(
            base_url=settings.COURIER_API_URL,
            headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
            timeout=10.0,
        )

    async def events_for(self, consignment: str) -> list[dict]:
        resp = await self._client.get(f"/v2/consignments/{consignment}/events")
        if resp.is_error:
            logger.warning(
                "tracking lookup failed status=%s url=%s request_headers=%s",
                resp.status_code,
                resp.request.url,
                dict(resp.request.headers),
            )
            return []
        return resp.json().get("events", [])

    async def latest_status(self, consignment: str) -> tuple[str, datetime] | None:
        events = await self.events_for(consignment)
        if not events:
            return None
        last = max(events, key=lambda e: e["timestamp"])
        return last["status"], datetime.fromisoformat(last["timestamp"])

    async def aclose(self) -> None:
        await self._client.aclose()
