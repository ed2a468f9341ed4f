"""Client for the third-party satellite imagery vendor."""
import logging

import httpx

from cartographer.config import settings

log = logging.getLogger("cartographer.imagery")
REDACTED_HEADERS = {"authorization", "x-api-key", "cookie"}


def _safe_headers(headers: httpx.Headers) -> dict:
    return {k: ("<redacted>" if k.lower() in REDACTED_HEADERS else v) for k, v in headers.items()}


async def _log_request(request: httpx.Request) -> None:
    log.debug("-> %s %s headers=%s", request.method, request.url, _safe_headers(request.headers))


async def _log_response(response: httpx.Response) -> None:
    log.debug("<- %s %s", response.status_code, response.url)


def imagery_client() -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url=settings.IMAGERY_API_URL,
        headers={"X-Api-Key": settings.IMAGERY_API_KEY, "Accept": "image/tiff"},
        timeout=60.0,
        event_hooks={"request": [_log_request], "response": [_log_response]},
    )


async def fetch_scene(scene_id: str, bands: tuple = ("B04", "B03", "B02")) -> bytes:
    async with imagery_client() as client:
        resp = await client.get(f"/scenes/{scene_id}/composite", params={"bands": ",".join(bands)})
        resp.raise_for_status()
        log.info("fetched scene %s (%d bytes)", scene_id, len(resp.content))
        return resp.content
