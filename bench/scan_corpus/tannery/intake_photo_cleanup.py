"""Worker that removes intake photos when a hide record is rejected or merged.

The intake app publishes {"event": "photo.discard", "photo": "<relative path>",
"hide_serial": "..."} on the `intake-events` queue.
"""
import json
import logging
import os

import pika

log = logging.getLogger("photo_cleanup")

PHOTO_ROOT = os.environ.get("INTAKE_PHOTO_ROOT", "/srv/tannery/intake_photos")
QUEUE = "intake-events"


def discard_photo(relative_path: str, root: str = PHOTO_ROOT) -> bool:
    target = os.path.join(root, relative_path)
    if not os.path.exists(target):
        return False
    os.remove(target)
    return True


def handle(message: dict) -> None:
    if message.get("event") != "photo.discard":
        return
    removed = discard_photo(message["photo"])
    log.info("hide %s: photo %s %s", message.get("hide_serial"), message["photo"],
             "removed" if removed else "already gone")


def on_message(channel, method, _props, body: bytes) -> None:
    try:
        handle(json.loads(body))
    except (ValueError, KeyError) as exc:
        log.error("dropping malformed message: %s", exc)
    channel.basic_ack(delivery_tag=method.delivery_tag)


def main() -> None:
    params = pika.URLParameters(os.environ.get("AMQP_URL", "amqp://localhost:5672/%2F"))
    connection = pika.BlockingConnection(params)
    channel = connection.channel()
    channel.queue_declare(queue=QUEUE, durable=True)
    channel.basic_qos(prefetch_count=10)
    channel.basic_consume(queue=QUEUE, on_message_callback=on_message)
    log.info("waiting for intake events on %s", QUEUE)
    channel.start_consuming()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
