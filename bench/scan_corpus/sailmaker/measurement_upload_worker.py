"""Worker that stores rig measurement uploads coming off the message queue.

The upload service puts one message per file on the `measurements` queue:
{"order_id": 1234, "filename": "mast_bend.jpg", "content_b64": "..."}
"""
import base64
import json
import logging
from pathlib import Path

import pika

log = logging.getLogger("loft.measurements")
INBOX = Path("/srv/loft/measurements")


class MeasurementStore:
    def __init__(self, root: Path = INBOX):
        self.root = root

    def order_dir(self, order_id: int) -> Path:
        folder = self.root / f"order-{int(order_id):06d}"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def save(self, order_id: int, filename: str, data: bytes) -> Path:
        target = self.order_dir(order_id) / filename
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "wb") as fh:
            fh.write(data)
        return target


def handle_message(store: MeasurementStore, body: bytes) -> Path:
    msg = json.loads(body)
    data = base64.b64decode(msg["content_b64"])
    path = store.save(msg["order_id"], msg["filename"], data)
    log.info("stored %d bytes for order %s at %s", len(data), msg["order_id"], path)
    return path


def run(amqp_url: str) -> None:
    store = MeasurementStore()
    connection = pika.BlockingConnection(pika.URLParameters(amqp_url))
    channel = connection.channel()
    channel.queue_declare(queue="measurements", durable=True)

    def on_message(ch, method, _props, body):
        try:
            handle_message(store, body)
            ch.basic_ack(method.delivery_tag)
        except (KeyError, ValueError) as exc:
            log.warning("dropping malformed measurement message: %s", exc)
            ch.basic_nack(method.delivery_tag, requeue=False)

    channel.basic_qos(prefetch_count=4)
    channel.basic_consume(queue="measurements", on_message_callback=on_message)
    channel.start_consuming()


if __name__ == "__main__":
    import os

    logging.basicConfig(level=logging.INFO)
    run(os.environ["AMQP_URL"])
