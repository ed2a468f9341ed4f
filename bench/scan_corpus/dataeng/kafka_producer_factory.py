"""Build Kafka producers for the CDC relay with settings from the environment."""
from __future__ import annotations

import logging
import os
from typing import Any

from confluent_kafka import Producer

logger = logging.getLogger(__name__)

_SENSITIVE_KEYS = ("sasl.password", "ssl.key.password", "sasl.oauthbearer.client.secret")


def _redacted(conf: dict[str, Any]) -> dict[str, Any]:
    return {k: ("***" if k in _SENSITIVE_KEYS else v) for k, v in conf.items()}


def producer_config(**overrides: Any) -> dict[str, Any]:
    conf: dict[str, Any] = {
        "bootstrap.servers": os.environ["KAFKA_BOOTSTRAP_SERVERS"],
        "security.protocol": "SASL_SSL",
        "sasl.mechanisms": "SCRAM-SHA-512",
        "sasl.username": os.environ["KAFKA_USER"],
        "sasl.password": os.environ["KAFKA_PASSWORD"],
        "acks": "all",
        "enable.idempotence": True,
        "linger.ms": 20,
        "compression.type": "lz4",
    }
    conf.update(overrides)
    return conf


def build_producer(**overrides: Any) -> Producer:
    conf = producer_config(**overrides)
    logger.info("creating CDC producer with config %s", _redacted(conf))
    return Producer(conf)


def delivery_report(err, msg) -> None:
    if err is not None:
        logger.error("delivery to %s [%s] failed: %s", msg.topic(), msg.partition(), err)
