"""Consume interval reads published by the head-end adapters and store them.

Each head-end vendor has an adapter running in the AMI DMZ that publishes
batches of interval reads to the ``ami.interval-reads`` topic.
"""
from __future__ import annotations

import logging
import os
import pickle
import signal

from kafka import KafkaConsumer

from .storage import IntervalStore

log = logging.getLogger("ingest")

CONSUMER_SETTINGS = dict(
    bootstrap_servers=os.environ.get("KAFKA_BOOTSTRAP", "kafka:9092").split(","),
    group_id="interval-ingest",
    enable_auto_commit=False,
    auto_offset_reset="earliest",
    security_protocol="SSL",
    ssl_cafile=os.environ.get("KAFKA_CA_FILE"),
    value_deserializer=pickle.loads,
    max_poll_records=200,
)

_running = True


def _stop(*_):
    global _running
    _running = False


def run(topic: str = "ami.interval-reads") -> None:
    signal.signal(signal.SIGTERM, _stop)
    store = IntervalStore.from_env()
    consumer = KafkaConsumer(topic, **CONSUMER_SETTINGS)
    try:
        while _running:
            batches = consumer.poll(timeout_ms=1000)
            for tp, records in batches.items():
                for record in records:
                    batch = record.value
                    store.write_many(batch["meter_id"], batch["reads"])
                log.debug("stored %d batches from %s", len(records), tp)
            if batches:
                consumer.commit()
    finally:
        consumer.close()


if __name__ == "__main__":
    run()
