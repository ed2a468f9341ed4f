"""Retry helper for pulling GPS breadcrumbs from telematics gateways."""
from __future__ import annotations

import logging
import random
import time
import uuid
from typing import Any

import httpx

log = logging.getLogger(__name__)

RETRYABLE_STATUS = {429, 500, 502, 503, 504}
BASE_DELAY = 0.5
MAX_DELAY = 30.0


def _backoff(attempt: int) -> float:
    """Full-jitter exponential backoff so 400 trucks don't retry in lockstep."""
    cap = min(MAX_DELAY, BASE_DELAY * (2 ** attempt))
    return random.uniform(0, cap)


def fetch_breadcrumbs(
    client: httpx.Client,
    base_url: str,
    vehicle_id: str,
    since: str,
    max_attempts: int = 5,
) -> list[dict[str, Any]]:
    request_id = str(uuid.uuid4())
    url = f"{base_url.rstrip('/')}/vehicles/{vehicle_id}/locations"
    for attempt in range(max_attempts):
        try:
            resp = client.get(
                url,
                params={"since": since},
                headers={"X-Request-Id": request_id},
                timeout=10.0,
            )
        except httpx.TransportError as exc:
            log.warning("breadcrumb fetch for %s failed: %s", vehicle_id, exc)
        else:
            if resp.status_code not in RETRYABLE_STATUS:
                resp.raise_for_status()
                return resp.json()["locations"]
            log.info("gateway returned %s for %s", resp.status_code, vehicle_id)
        time.sleep(_backoff(attempt))
    raise RuntimeError(f"giving up on breadcrumbs for {vehicle_id} after {max_attempts} attempts")
