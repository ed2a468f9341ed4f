"""Pulls licence entitlements from the upstream data publisher."""
import logging
from datetime import datetime, timezone

import httpx

from cartographer.config import settings
from cartographer.licensing.store import upsert_entitlements

log = logging.getLogger("cartographer.licence_sync")


def _log_request(request: httpx.Request) -> None:
    log.debug("-> %s %s headers=%s", request.method, request.url, dict(request.headers))


def _log_response(response: httpx.Response) -> None:
    log.debug("<- %s %s (%s bytes)", response.status_code, response.url,
              response.headers.get("content-length", "?"))


def build_client() -> httpx.Client:
    return httpx.Client(
        base_url=settings.PUBLISHER_API_URL,
        headers={
            "Authorization": f"Bearer {settings.PUBLISHER_API_TOKEN}",
            "Accept": "application/json",
            "User-Agent": "cartographer-licence-sync/2.4",
        },
        timeout=httpx.Timeout(30.0, connect=5.0),
        event_hooks={"request": [_log_request], "response": [_log_response]},
    )


def sync_entitlements(since: datetime) -> int:
    total = 0
    cursor = None
    with build_client() as client:
        while True:
            params = {"updated_since": since.astimezone(timezone.utc).isoformat()}
            if cursor:
                params["cursor"] = cursor
            resp = client.get("/v2/entitlements", params=params)
            resp.raise_for_status()
            page = resp.json()
            total += upsert_entitlements(page["items"])
            cursor = page.get("next_cursor")
            if not cursor:
                break
    log.info("synchronised %d entitlements", total)
    return total
