"""Upload client used by the hive-weight sensor gateways, with backoff on failure."""
import random
import time

import httpx

from skepmaker.gateway.config import GatewayConfig

MAX_ATTEMPTS = 6
BASE_DELAY = 2.0
MAX_DELAY = 120.0


def backoff_delay(attempt: int) -> float:
    ceiling = min(MAX_DELAY, BASE_DELAY * (2 ** attempt))
    return random.uniform(0, ceiling)


class ReadingUploader:
    def __init__(self, config: GatewayConfig):
        self.config = config
        self.client = httpx.Client(
            base_url=config.ingest_url,
            timeout=httpx.Timeout(15.0),
            headers={"Authorization": f"Bearer {config.device_token}"},
        )

    def upload(self, readings: list) -> bool:
        payload = {"gateway": self.config.gateway_id, "readings": readings}
        for attempt in range(MAX_ATTEMPTS):
            try:
                response = self.client.post("/v1/readings", json=payload)
            except httpx.TransportError:
                response = None
            if response is not None and response.status_code < 500:
                response.raise_for_status()
                return True
            time.sleep(backoff_delay(attempt))
        return False

    def drain(self, queue) -> int:
        uploaded = 0
        while not queue.empty():
            batch = queue.take(self.config.batch_size)
            if not self.upload(batch):
                queue.put_back(batch)
                break
            uploaded += len(batch)
        return uploaded
