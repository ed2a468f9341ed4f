"""Worker that stores stave photos pushed by suppliers over the message queue.

Each message is JSON: {"supplier": "...", "stave_ref": "...", "file_name": "...",
"content_b64": "..."}. Photos land in the stave gallery folder for that supplier.
"""
import base64
import json
import logging
import os
from pathlib import Path

import pika

log = logging.getLogger("ingest.photos")

GALLERY_ROOT = Path(os.environ.get("STAVE_GALLERY", "/srv/bowyer/gallery"))
QUEUE = "supplier.stave_photos"
MAX_BYTES = 12 * 1024 * 1024
KNOWN_SUPPLIERS = {"heartwood", "northyew", "ozark-osage"}


class PhotoRejected(Exception):
    pass


def store_photo(message: dict, root: Path = GALLERY_ROOT) -> Path:
    supplier = message["supplier"]
    if supplier not in KNOWN_SUPPLIERS:
        raise PhotoRejected(f"unknown supplier {supplier!r}")
    data = base64.b64decode(message["content_b64"], validate=True)
    if len(data) > MAX_BYTES:
        raise PhotoRejected("photo too large")
    folder = root / supplier
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / message["file_name"]
    with open(target, "wb") as fh:
        fh.write(data)
    return target


def on_message(channel, method, _props, body: bytes) -> None:
    try:
        message = json.loads(body)
        path = store_photo(message)
        log.info("stored photo for stave %s at %s", message.get("stave_ref"), path)
        channel.basic_ack(method.delivery_tag)
    except (PhotoRejected, KeyError, ValueError) as exc:
        log.warning("dropping photo message: %s", exc)
        channel.basic_nack(method.delivery_tag, requeue=False)


def main() -> None:
    params = pika.URLParameters(os.environ["AMQP_URL"])
    connection = pika.BlockingConnection(params)
    channel = connection.channel()
    channel.queue_declare(queue=QUEUE, durable=True)
    channel.basic_qos(prefetch_count=4)
    channel.basic_consume(queue=QUEUE, on_message_callback=on_message)
    log.info("waiting for supplier photos on %s", QUEUE)
    channel.start_consuming()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
