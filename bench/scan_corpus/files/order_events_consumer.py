"""Consume order lifecycle events published by the storefront service."""
import logging
import os
import signal

import jsonpickle
from kafka import KafkaConsumer

from fulfilment.handlers import handle_order_cancelled, handle_order_paid

log = logging.getLogger(__name__)

HANDLERS = {
    "order.paid": handle_order_paid,
    "order.cancelled": handle_order_cancelled,
}

_running = True


def _stop(signum, frame):
    global _running
    _running = False


def build_consumer() -> KafkaConsumer:
    return KafkaConsumer(
        os.environ.get("ORDER_EVENTS_TOPIC", "orders.events"),
        bootstrap_servers=os.environ["KAFKA_BOOTSTRAP"].split(","),
        group_id="fulfilment",
        enable_auto_commit=False,
        security_protocol="SSL",
        value_deserializer=lambda raw: jsonpickle.decode(raw.decode("utf-8")),
    )


def main() -> None:
    signal.signal(signal.SIGTERM, _stop)
    consumer = build_consumer()
    while _running:
        batch = consumer.poll(timeout_ms=1000)
        for records in batch.values():
            for record in records:
                event = record.value
                handler = HANDLERS.get(getattr(event, "type", None))
                if handler is None:
                    log.debug("ignoring event at offset %s", record.offset)
                    continue
                handler(event)
        consumer.commit()
    consumer.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
