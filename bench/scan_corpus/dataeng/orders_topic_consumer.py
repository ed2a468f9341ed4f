"""Consume order events from Kafka and upsert them into the operational store.

Topic routing and batching are configured in ``consumer.yaml``.
"""
import json
import logging
import os

import yaml
from confluent_kafka import Consumer, KafkaException

from ingest.store import upsert_orders

log = logging.getLogger(__name__)

CONFIG_PATH = os.environ.get("ORDERS_CONSUMER_CONFIG", "/etc/ingest/consumer.yaml")


def load_settings(path: str = CONFIG_PATH) -> dict:
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=yaml.SafeLoader)


def _decode(raw: bytes) -> dict:
    return json.loads(raw.decode("utf-8"))


def run() -> None:
    settings = load_settings()
    consumer = Consumer(
        {
            "bootstrap.servers": os.environ["KAFKA_BOOTSTRAP_SERVERS"],
            "security.protocol": "SASL_SSL",
            "sasl.mechanisms": "SCRAM-SHA-512",
            "sasl.username": os.environ["KAFKA_USER"],
            "sasl.password": os.environ["KAFKA_PASSWORD"],
            "group.id": settings["group_id"],
            "enable.auto.commit": False,
        }
    )
    consumer.subscribe(settings["topics"])
    try:
        while True:
            batch = consumer.consume(num_messages=settings.get("batch_size", 500), timeout=1.0)
            if not batch:
                continue
            events = []
            for msg in batch:
                if msg.error():
                    raise KafkaException(msg.error())
                events.append(_decode(msg.value()))
            upsert_orders(events)
            consumer.commit(asynchronous=False)
            log.debug("committed %d order events", len(events))
    finally:
        consumer.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
