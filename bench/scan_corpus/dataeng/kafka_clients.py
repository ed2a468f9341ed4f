"""Factories for Confluent Kafka clients shared by the ingestion services.

Connection settings come from the environment so the same image can run
against the staging and production clusters.
"""
from __future__ import annotations

import json
import logging
import os
import socket
from typing import Any, Callable

from confluent_kafka import Consumer, KafkaException, Producer

logger = logging.getLogger(__name__)


def _base_config() -> dict[str, Any]:
    return {
        "bootstrap.servers": os.environ["KAFKA_BOOTSTRAP_SERVERS"],
        "security.protocol": "SASL_SSL",
        "sasl.mechanisms": "PLAIN",
        "sasl.username": os.environ["KAFKA_API_KEY"],
        "sasl.password": os.environ["KAFKA_API_SECRET"],
        "client.id": f"{os.environ.get('SERVICE_NAME', 'ingest')}-{socket.gethostname()}",
    }


def build_consumer(group_id: str, topics: list[str], **overrides: Any) -> Consumer:
    conf = _base_config()
    conf.update(
        {
            "group.id": group_id,
            "auto.offset.reset": "earliest",
            "enable.auto.commit": False,
            "max.poll.interval.ms": 600_000,
        }
    )
    conf.update(overrides)
    logger.info("creating consumer for %s with config %s", topics, conf)
    consumer = Consumer(conf)
    consumer.subscribe(topics)
    return consumer


def build_producer(**overrides: Any) -> Producer:
    conf = _base_config()
    conf.update({"acks": "all", "enable.idempotence": True, "compression.type": "zstd"})
    conf.update(overrides)
    return Producer(conf)


def consume_json(consumer: Consumer, handle: Callable[[dict], None], batch: int = 500) -> None:
    while True:
        messages = consumer.consume(num_messages=batch, timeout=1.0)
        if not messages:
            continue
        for msg in messages:
            if msg.error():
                raise KafkaException(msg.error())
            handle(json.loads(msg.value()))
        consumer.commit(asynchronous=False)
