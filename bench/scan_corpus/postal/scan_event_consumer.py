"""Consumer for scan events published by sorting-centre scanners.

Every time a parcel passes a fixed scanner or a handheld scan is made, the
scanner gateway publishes an event to the ``scan-events`` queue.  This
worker stores the event and advances the parcel's tracking status.
"""
import logging
import os

import jsonpickle
import pika

from tracking.service import record_scan

log = logging.getLogger("scan_consumer")

QUEUE = os.environ.get("SCAN_EVENT_QUEUE", "scan-events")
AMQP_URL = os.environ["SCAN_EVENT_AMQP_URL"]
PREFETCH = 200


def _on_message(channel, method, properties, body: bytes) -> None:
    try:
        event = jsonpickle.decode(body)
        record_scan(
            tracking_number=event["tracking_number"],
            scanner_id=event["scanner_id"],
            facility=event["facility"],
            scanned_at=event["scanned_at"],
        )
    except (KeyError, TypeError, ValueError):
        log.exception("dropping malformed scan event (delivery tag %s)", method.delivery_tag)
        channel.basic_nack(method.delivery_tag, requeue=False)
        return
    channel.basic_ack(method.delivery_tag)


def run() -> None:
    params = pika.URLParameters(AMQP_URL)
    connection = pika.BlockingConnection(params)
    channel = connection.channel()
    channel.queue_declare(queue=QUEUE, durable=True)
    channel.basic_qos(prefetch_count=PREFETCH)
    channel.basic_consume(queue=QUEUE, on_message_callback=_on_message)
    log.info("consuming scan events from %s", QUEUE)
    try:
        channel.start_consuming()
    except KeyboardInterrupt:
        channel.stop_consuming()
    finally:
        connection.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
