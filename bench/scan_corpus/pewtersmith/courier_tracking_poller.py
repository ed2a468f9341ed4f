"""Poll the courier for tracking updates on dispatched orders.

The courier's tracking API sits behind their partner gateway, which uses a
certificate issued by their own CA; the CA bundle ships with our deploy.
"""
import asyncio
import os
import random
import ssl
from dataclasses import dataclass

import httpx

TRACKING_URL = os.environ.get("COURIER_TRACKING_URL", "https://partners.parcelroute.co.uk/tracking/v1")
CA_BUNDLE = os.environ.get("COURIER_CA_BUNDLE", "/etc/pewter/certs/parcelroute-partner-ca.pem")
MAX_CONCURRENCY = 8


@dataclass
class TrackingUpdate:
    order_number: str
    status: str
    location: str | None


def tls_context() -> ssl.SSLContext:
    return ssl.create_default_context(cafile=CA_BUNDLE)


async def _poll_one(client: httpx.AsyncClient, sem: asyncio.Semaphore, order_number: str, tracking_no: str):
    async with sem:
        for attempt in range(4):
            resp = await client.get(f"/parcels/{tracking_no}")
            if resp.status_code == 429 or resp.status_code >= 500:
                await asyncio.sleep(2 ** attempt + random.uniform(0, 1))
                continue
            if resp.status_code == 404:
                return None
            resp.raise_for_status()
            body = resp.json()
            last_scan = body.get("last_scan") or {}
            return TrackingUpdate(order_number, body["status"], last_scan.get("location"))
    return None


async def poll(shipments: dict[str, str], api_key: str) -> list[TrackingUpdate]:
    """Map of order number -> tracking number in, latest updates out."""
    sem = asyncio.Semaphore(MAX_CONCURRENCY)
    async with httpx.AsyncClient(
        base_url=TRACKING_URL,
        verify=tls_context(),
        headers={"X-Api-Key": api_key},
        timeout=15.0,
    ) as client:
        results = await asyncio.gather(
            *(_poll_one(client, sem, order, tracking) for order, tracking in shipments.items())
        )
    return [r for r in results if r is not None]
