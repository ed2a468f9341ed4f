"""Polls networked kiln and annealer controllers for their current temperature."""

import asyncio
import logging
import random

import httpx

from hotshop.config import settings
from hotshop.telemetry import record_reading

logger = logging.getLogger(__name__)


class ControllerPoller:
    def __init__(self, client: httpx.AsyncClient, max_attempts: int = 5, base_delay: float = 0.5):
        self.client = client
        self.max_attempts = max_attempts
        self.base_delay = base_delay

    def _backoff(self, attempt: int) -> float:
        ceiling = min(self.base_delay * (2 ** attempt), 30.0)
        return random.uniform(0, ceiling)

    async def _fetch(self, kiln_id: str, host: str) -> dict:
        for attempt in range(self.max_attempts):
            try:
                response = await self.client.get(f"https://{host}/api/v1/status", timeout=5.0)
                response.raise_for_status()
                return response.json()
            except (httpx.TransportError, httpx.HTTPStatusError) as exc:
                delay = self._backoff(attempt)
                logger.warning("kiln %s poll failed (%s); retrying in %.1fs", kiln_id, exc, delay)
                await asyncio.sleep(delay)
        raise RuntimeError(f"kiln {kiln_id} unreachable after {self.max_attempts} attempts")

    async def poll_once(self) -> None:
        tasks = {
            kiln_id: asyncio.create_task(self._fetch(kiln_id, host))
            for kiln_id, host in settings.KILN_CONTROLLERS.items()
        }
        for kiln_id, task in tasks.items():
            try:
                status = await task
            except RuntimeError:
                logger.error("no reading for kiln %s this cycle", kiln_id)
                continue
            await record_reading(kiln_id, status["temperature_c"], status.get("segment"))


async def run_forever() -> None:
    async with httpx.AsyncClient() as client:
        poller = ControllerPoller(client)
        while True:
            await poller.poll_once()
            await asyncio.sleep(settings.KILN_POLL_SECONDS)
