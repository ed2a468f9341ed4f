"""Queue worker for the technical drawings store (gear trains, cap frames,
waterwheel buckets). When a drawing is superseded in the portal, a
message arrives on `drawings.retire` and the old file is removed.
"""
import json
import logging
import os
from pathlib import Path

import pika

log = logging.getLogger("millwright.drawings")

DRAWINGS_ROOT = Path(os.environ.get("DRAWINGS_ROOT", "/srv/millwright/drawings"))
QUEUE = "drawings.retire"


class DrawingStore:
    def __init__(self, root: Path = DRAWINGS_ROOT):
        self.root = root

    def retire(self, relative_path: str) -> bool:
        target = self.root / relative_path
        if not target.exists():
            log.info("drawing %s already gone", relative_path)
            return False
        target.unlink()
        log.info("retired drawing %s", relative_path)
        return True


def handle(store: DrawingStore, body: bytes) -> None:
    message = json.loads(body)
    for item in message.get("drawings", []):
        store.retire(item["path"])


def main() -> None:
    store = DrawingStore()
    params = pika.URLParameters(os.environ["AMQP_URL"])
    connection = pika.BlockingConnection(params)
    channel = connection.channel()
    channel.queue_declare(queue=QUEUE, durable=True)
    channel.basic_qos(prefetch_count=10)

    def on_message(ch, method, _props, body):
        try:
            handle(store, body)
        except (ValueError, KeyError):
            log.exception("malformed retire message")
            ch.basic_nack(method.delivery_tag, requeue=False)
            return
        ch.basic_ack(method.delivery_tag)

    channel.basic_consume(queue=QUEUE, on_message_callback=on_message)
    try:
        channel.start_consuming()
    finally:
        connection.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
