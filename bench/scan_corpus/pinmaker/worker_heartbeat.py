"""Heartbeat from the badge-press and fulfilment workers to the ops status board.

The status board shows which site a worker runs at, its release and queue
depth, so only a handful of descriptive settings are included.
"""
import asyncio
import logging
import os
import socket
import time

import httpx

log = logging.getLogger("pinmaker.heartbeat")

STATUS_BOARD_URL = os.environ.get("STATUS_BOARD_URL", "https://status.enamelworks.example/api/heartbeat")
REPORTED_SETTINGS = ("PINMAKER_SITE", "PINMAKER_RELEASE", "PINMAKER_ROLE", "TZ")
INTERVAL_SECONDS = 30


def describe_worker(queue_depth: int) -> dict:
    settings = {name: os.environ.get(name) for name in REPORTED_SETTINGS}
    return {
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "queue_depth": queue_depth,
        "sent_at": int(time.time()),
        "settings": settings,
    }


async def _queue_depth(redis) -> int:
    return int(await redis.llen("fulfilment:jobs"))


async def heartbeat_loop(redis, stop: asyncio.Event) -> None:
    async with httpx.AsyncClient(timeout=5.0) as client:
        while not stop.is_set():
            payload = describe_worker(await _queue_depth(redis))
            try:
                resp = await client.post(STATUS_BOARD_URL, json=payload)
                resp.raise_for_status()
            except httpx.HTTPError as exc:
                log.warning("heartbeat not accepted: %s", exc)
            try:
                await asyncio.wait_for(stop.wait(), timeout=INTERVAL_SECONDS)
            except asyncio.TimeoutError:
                pass


def run(redis) -> None:
    stop = asyncio.Event()
    try:
        asyncio.run(heartbeat_loop(redis, stop))
    except KeyboardInterrupt:
        stop.set()
