"""Worker that removes retired swatch photos when a colour is withdrawn.

The catalogue service publishes `swatch.retired` messages with the photo
paths (relative to the swatch store) that should be deleted.
"""
import json
import logging
import os
from pathlib import Path

import pika

log = logging.getLogger("swatch-cleanup")

SWATCH_STORE = Path(os.environ.get("SWATCH_STORE", "/srv/buttonworks/swatches"))
QUEUE = "swatch.retired"


def remove_photos(colour_code: str, photos: list[str]) -> int:
    removed = 0
    for rel in photos:
        target = SWATCH_STORE / colour_code / rel
        try:
            target.unlink()
            removed += 1
        except FileNotFoundError:
            log.warning("already gone: %s", target)
    return removed


def on_message(channel, method, properties, body: bytes) -> None:
    try:
        msg = json.loads(body)
        count = remove_photos(msg["colour_code"], msg.get("photos", []))
        log.info("colour %s retired, %d photos removed", msg["colour_code"], count)
        channel.basic_ack(delivery_tag=method.delivery_tag)
    except (KeyError, ValueError):
        log.exception("malformed retire message")
        channel.basic_nack(delivery_tag=method.delivery_tag, requeue=False)


def main() -> None:
    params = pika.URLParameters(os.environ["AMQP_URL"])
    connection = pika.BlockingConnection(params)
    channel = connection.channel()
    channel.queue_declare(queue=QUEUE, durable=True)
    channel.basic_qos(prefetch_count=10)
    channel.basic_consume(queue=QUEUE, on_message_callback=on_message)
    log.info("waiting for retired swatches")
    channel.start_consuming()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
