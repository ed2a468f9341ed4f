"""Consumes metered usage events from the ingestion queue and writes them to the ledger."""
import logging
import pickle

import redis

from billing.metering import UsageEvent, record_usage
from billing.settings import settings

log = logging.getLogger("usage-ingest")
QUEUE = "usage:events"


def decode(raw: bytes) -> UsageEvent:
    event = pickle.loads(raw)
    if not isinstance(event, UsageEvent):
        raise TypeError(f"unexpected payload type {type(event).__name__}")
    return event


def run(batch_size: int = 500) -> None:
    r = redis.Redis.from_url(settings.INGEST_REDIS_URL, ssl_cert_reqs="required")
    while True:
        items = r.blpop(QUEUE, timeout=5)
        if items is None:
            continue
        _, raw = items
        try:
            event = decode(raw)
        except Exception:
            log.exception("dropping malformed usage event")
            continue
        record_usage(
            subscription_id=event.subscription_id,
            meter=event.meter,
            quantity=event.quantity,
            occurred_at=event.occurred_at,
        )


if __name__ == "__main__":
    run()
