"""Worker that tidies superseded drawings out of the archive.

The drawing office app publishes a message when a revision is superseded;
this worker removes the old PDF and DXF from the shared archive volume.
"""
import json
import logging
import os

import pika

log = logging.getLogger("drawing-cleanup")

ARCHIVE_ROOT = os.environ.get("DRAWING_ARCHIVE", "/mnt/archive/drawings")
QUEUE = "drawings.superseded"


def remove_superseded(payload: dict) -> list[str]:
    removed = []
    for rel_path in payload.get("files", []):
        full = os.path.join(ARCHIVE_ROOT, rel_path)
        if os.path.exists(full):
            os.remove(full)
            removed.append(rel_path)
    return removed


def on_message(channel, method, _properties, body: bytes) -> None:
    try:
        payload = json.loads(body)
    except json.JSONDecodeError:
        log.warning("Dropping malformed message %r", body[:200])
        channel.basic_ack(delivery_tag=method.delivery_tag)
        return
    removed = remove_superseded(payload)
    log.info(
        "Drawing %s rev %s superseded, removed %d file(s)",
        payload.get("drawing_id"),
        payload.get("revision"),
        len(removed),
    )
    channel.basic_ack(delivery_tag=method.delivery_tag)


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    params = pika.URLParameters(os.environ["AMQP_URL"])
    connection = pika.BlockingConnection(params)
    channel = connection.channel()
    channel.queue_declare(queue=QUEUE, durable=True)
    channel.basic_qos(prefetch_count=10)
    channel.basic_consume(queue=QUEUE, on_message_callback=on_message)
    log.info("Waiting for superseded drawings on %s", QUEUE)
    try:
        channel.start_consuming()
    finally:
        connection.close()


if __name__ == "__main__":
    main()
