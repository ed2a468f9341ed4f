"""Consumes OEM telematics events from the shared Kafka cluster.

Several OEM connectors (some operated by the manufacturers themselves) publish
to ``oem.vehicle-events``. Connectors serialise events with jsonpickle so that
nested typed objects (``GeoPoint``, ``TyrePressure``) survive the round trip.
"""
import logging
import os
import signal

import jsonpickle
from confluent_kafka import Consumer, KafkaError

log = logging.getLogger(__name__)

TOPIC = "oem.vehicle-events"

_running = True


def _stop(*_):
    global _running
    _running = False


def _consumer() -> Consumer:
    return Consumer({
        "bootstrap.servers": os.environ["KAFKA_BOOTSTRAP"],
        "group.id": "fleet-state",
        "security.protocol": "SASL_SSL",
        "sasl.mechanisms": "SCRAM-SHA-512",
        "sasl.username": os.environ["KAFKA_USER"],
        "sasl.password": os.environ["KAFKA_PASSWORD"],
        "enable.auto.commit": False,
        "auto.offset.reset": "earliest",
    })


def _decode(raw: bytes):
    return jsonpickle.decode(raw.decode("utf-8"))


def run(state_store) -> None:
    signal.signal(signal.SIGTERM, _stop)
    consumer = _consumer()
    consumer.subscribe([TOPIC])
    try:
        while _running:
            msg = consumer.poll(1.0)
            if msg is None:
                continue
            if msg.error():
                if msg.error().code() != KafkaError._PARTITION_EOF:
                    log.error("kafka error: %s", msg.error())
                continue
            event = _decode(msg.value())
            state_store.apply(event)
            consumer.commit(message=msg, asynchronous=False)
    finally:
        consumer.close()
