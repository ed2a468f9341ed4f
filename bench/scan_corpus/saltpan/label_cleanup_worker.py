"""Queue worker that tidies up generated carton and pallet labels.

The label service renders ZPL/PDF labels into a spool folder per packing
line. When an order is cancelled or a lot is relabelled the order service
publishes a message and this worker removes the stale label files so they
cannot be printed by mistake.
"""
import json
import logging
import os

import pika

log = logging.getLogger("label_cleanup")

LABEL_SPOOL = os.environ.get("LABEL_SPOOL", "/var/spool/saltpan/labels")
QUEUE = "labels.discard"


def discard_labels(line_id: str, files: list) -> int:
    removed = 0
    for name in files:
        path = os.path.join(LABEL_SPOOL, line_id, name)
        try:
            os.remove(path)
            removed += 1
        except FileNotFoundError:
            log.info("label %s already gone", path)
    return removed


def on_message(channel, method, properties, body: bytes) -> None:
    try:
        msg = json.loads(body)
        count = discard_labels(msg["line"], msg["label_files"])
        log.info("order %s: removed %d labels on line %s", msg.get("order_ref"), count, msg["line"])
        channel.basic_ack(delivery_tag=method.delivery_tag)
    except (KeyError, ValueError) as exc:
        log.error("malformed discard message: %s", exc)
        channel.basic_nack(delivery_tag=method.delivery_tag, requeue=False)


def main() -> None:
    params = pika.URLParameters(os.environ["AMQP_URL"])
    connection = pika.BlockingConnection(params)
    channel = connection.channel()
    channel.queue_declare(queue=QUEUE, durable=True)
    channel.basic_qos(prefetch_count=10)
    channel.basic_consume(queue=QUEUE, on_message_callback=on_message)
    log.info("waiting for label discard messages")
    channel.start_consuming()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
