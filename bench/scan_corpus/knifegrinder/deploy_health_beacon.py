"""Startup beacon sent to the internal release dashboard.

Each dispatch and sync server announces itself after boot so the ops
team can see which release is running in which region.
"""
import os
import platform
import socket
from datetime import datetime, timezone

import httpx

from knifegrinder.settings import settings

PUBLISHED_ENV_KEYS = ("APP_VERSION", "GIT_SHA", "DEPLOY_REGION", "DEPLOY_ROLE")


def _deployment_facts() -> dict:
    facts = {key.lower(): os.environ.get(key, "unknown") for key in PUBLISHED_ENV_KEYS}
    facts.update(
        {
            "hostname": socket.gethostname(),
            "python": platform.python_version(),
            "booted_at": datetime.now(timezone.utc).isoformat(),
        }
    )
    return facts


async def announce(client: httpx.AsyncClient = None) -> bool:
    owns_client = client is None
    client = client or httpx.AsyncClient(timeout=5.0)
    try:
        response = await client.post(
            f"{settings.RELEASE_DASHBOARD_URL}/api/instances",
            json=_deployment_facts(),
        )
        return response.status_code < 300
    except httpx.HTTPError:
        return False
    finally:
        if owns_client:
            await client.aclose()
