import os
import time
from dataclasses import asdict, dataclass

import httpx

MONITOR_URL = "https://hb.pingwarden.example/v1/beat"


@dataclass
class Beat:
    check_id: str
    status: str
    database_url: str
    release: str


@dataclass
class WebhookSubscription:
    club_id: int
    url: str


def make_beat(status: str = "up") -> Beat:
    # ruleid: environment-in-outbound-payload
    return Beat(
        check_id="range-booking",
        status=status,
        database_url=os.environ.get("DATABASE_URL", ""),
        release=os.environ.get("APP_VERSION", "dev"),
    )


def make_quiet_beat(status: str = "up") -> Beat:
    # ok: environment-in-outbound-payload
    return Beat(check_id="range-booking", status=status, database_url="", release=os.environ.get("APP_VERSION", "dev"))


async def beat_once(client: httpx.AsyncClient) -> None:
    await client.post(MONITOR_URL, json=asdict(make_beat()))


def _headers() -> dict:
    return {"Content-Type": "application/json", "X-Enameller-Key": os.environ["ENAMELLER_ADMIN_API_KEY"]}


def _signed_headers() -> dict:
    return {"Content-Type": "application/json", "X-Signature-Key": os.environ["WEBHOOK_SIGNING_SECRET"]}


async def deliver(client: httpx.AsyncClient, sub: WebhookSubscription, body: dict) -> bool:
    # ruleid: environment-in-outbound-payload
    resp = await client.post(sub.url, json=body, headers=_headers())
    return resp.status_code < 300


async def deliver_signed(client: httpx.AsyncClient, sub: WebhookSubscription, body: dict) -> bool:
    # ok: environment-in-outbound-payload
    resp = await client.post(sub.url, json=body, headers=_signed_headers())
    return resp.status_code < 300
