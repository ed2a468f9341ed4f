"""Worker that tidies up generated permission letters once a landowner has signed.

The admin app publishes a ``permission.signed`` message with the letter that
was sent; the unsigned draft is removed from the shared letters volume.
"""
from __future__ import annotations

import json
import logging
import os

import pika

log = logging.getLogger("letters.cleanup")

LETTERS_DIR = os.environ.get("LETTERS_DIR", "/srv/bridlepath/letters")
QUEUE = "permission-events"


def draft_path(payload: dict) -> str:
    return os.path.join(LETTERS_DIR, "drafts", payload["letter_file"])


def handle_signed(payload: dict) -> None:
    path = draft_path(payload)
    if os.path.exists(path):
        os.remove(path)
        log.info("removed draft for permission %s", payload.get("permission_id"))
    else:
        log.debug("no draft left for permission %s", payload.get("permission_id"))


def on_message(channel, method, properties, body: bytes) -> None:
    try:
        message = json.loads(body)
    except json.JSONDecodeError:
        log.warning("discarding malformed message")
        channel.basic_ack(delivery_tag=method.delivery_tag)
        return
    if message.get("type") == "permission.signed":
        handle_signed(message["payload"])
    channel.basic_ack(delivery_tag=method.delivery_tag)


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    params = pika.URLParameters(os.environ["AMQP_URL"])
    with pika.BlockingConnection(params) as conn:
        channel = conn.channel()
        channel.queue_declare(queue=QUEUE, durable=True)
        channel.basic_qos(prefetch_count=10)
        channel.basic_consume(queue=QUEUE, on_message_callback=on_message)
        log.info("waiting for permission events")
        channel.start_consuming()


if __name__ == "__main__":
    main()
