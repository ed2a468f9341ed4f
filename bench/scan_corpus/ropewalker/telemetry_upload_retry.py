"""Uploads buffered machine telemetry from the plant edge box to the central collector."""
import asyncio
import json
import logging
import random
from pathlib import Path

import httpx

from ropewalker.edge.config import EdgeConfig

log = logging.getLogger(__name__)


class TelemetryUploader:
    def __init__(self, config: EdgeConfig, client: httpx.AsyncClient | None = None):
        self.config = config
        self.client = client or httpx.AsyncClient(base_url=config.collector_url, timeout=10.0)

    def _backoff(self, attempt: int) -> float:
        ceiling = min(self.config.max_backoff_s, self.config.base_backoff_s * 2 ** attempt)
        return random.uniform(0, ceiling)

    async def _post_batch(self, records: list[dict]) -> None:
        response = await self.client.post(
            "/v1/telemetry",
            json={"site": self.config.site_code, "records": records},
            headers={"Authorization": f"Bearer {self.config.device_token}"},
        )
        response.raise_for_status()

    async def upload(self, records: list[dict]) -> bool:
        for attempt in range(self.config.max_attempts):
            try:
                await self._post_batch(records)
                return True
            except (httpx.TransportError, httpx.HTTPStatusError) as exc:
                delay = self._backoff(attempt)
                log.warning("telemetry upload failed (%s), retrying in %.1fs", exc, delay)
                await asyncio.sleep(delay)
        return False

    async def drain_spool(self, spool_dir: Path) -> int:
        sent = 0
        for spool_file in sorted(spool_dir.glob("*.jsonl")):
            records = [json.loads(line) for line in spool_file.read_text().splitlines() if line]
            if await self.upload(records):
                spool_file.unlink()
                sent += len(records)
        return sent
