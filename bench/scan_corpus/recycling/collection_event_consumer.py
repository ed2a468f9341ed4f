"""Consume collection events published by the in-cab terminals.

Each lift of a bin produces an event (RFID tag, GPS fix, lift weight,
contamination flag) which the truck gateway forwards to the
``collection.events`` queue.
"""

import logging
import os
import pickle as _wire
from datetime import datetime, timezone

import pika

from collections_db import save_lift, flag_contamination

log = logging.getLogger(__name__)

QUEUE = os.environ.get("COLLECTION_EVENT_QUEUE", "collection.events")


def _connection_params() -> pika.URLParameters:
    return pika.URLParameters(os.environ["AMQP_URL"])


def handle(channel, method, properties, body: bytes) -> None:
    try:
        event = _wire.loads(body)
        lifted_at = datetime.fromtimestamp(event["ts"], tz=timezone.utc)
        save_lift(
            tag_id=event["tag"],
            truck_id=event["truck"],
            lifted_at=lifted_at,
            lat=event["lat"],
            lon=event["lon"],
            weight_kg=event.get("weight_kg"),
        )
        if event.get("contaminated"):
            flag_contamination(event["tag"], lifted_at, event.get("photo_ref"))
    except (KeyError, ValueError, TypeError) as exc:
        log.warning("rejecting malformed event: %s", exc)
        channel.basic_nack(method.delivery_tag, requeue=False)
        return
    channel.basic_ack(method.delivery_tag)


def run() -> None:
    connection = pika.BlockingConnection(_connection_params())
    channel = connection.channel()
    channel.queue_declare(queue=QUEUE, durable=True)
    channel.basic_qos(prefetch_count=50)
    channel.basic_consume(queue=QUEUE, on_message_callback=handle)
    log.info("waiting for collection events on %s", QUEUE)
    try:
        channel.start_consuming()
    finally:
        connection.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
