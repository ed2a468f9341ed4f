"""Push published catalogue records to the national discovery aggregator.

The aggregator accepts batches of up to 500 records in its JSON-LD profile.
Base URL comes from the deployment config; we authenticate with the provider
key the aggregator issued to the archive.
"""

from __future__ import annotations

import logging
from typing import Iterable, Iterator

import requests

log = logging.getLogger("publish.aggregator")

BATCH_SIZE = 500
PROVIDER_ID = "uk-nra"
PROVIDER_API_KEY = "agg_live_7Qm2xV9tLk4RfB8nW3pZs6Hd1Yc5Je0u"


def _batches(items: Iterable[dict], size: int) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


class AggregatorClient:
    def __init__(self, base_url: str, api_key: str = PROVIDER_API_KEY, timeout: int = 30) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({"X-Api-Key": api_key, "Accept": "application/json"})

    def push(self, records: Iterable[dict]) -> int:
        sent = 0
        for batch in _batches(records, BATCH_SIZE):
            resp = self.session.post(
                f"{self.base_url}/providers/{PROVIDER_ID}/records",
                json={"@graph": batch},
                timeout=self.timeout,
            )
            resp.raise_for_status()
            sent += len(batch)
        log.info("pushed %d records to aggregator", sent)
        return sent

    def withdraw(self, reference: str) -> None:
        resp = self.session.delete(
            f"{self.base_url}/providers/{PROVIDER_ID}/records/{reference}",
            timeout=self.timeout,
        )
        if resp.status_code not in (200, 204, 404):
            resp.raise_for_status()
