"""Worker that removes client draft uploads once the portal asks for it.

The portal publishes ``draft.delete`` messages when a client removes a
file from a draft deed before submitting it. Payload::

    {"matter_id": 1042, "file": "attachments/title-plan.pdf", "requested_by": 77}
"""
import json
import logging
import os

import pika

log = logging.getLogger("draft_cleanup")

DRAFTS_ROOT = os.environ.get("DRAFTS_ROOT", "/srv/scrivener/drafts")
QUEUE = "draft.delete"


def draft_path(matter_id: int, relative: str) -> str:
    return os.path.join(DRAFTS_ROOT, f"matter-{int(matter_id)}", relative)


def handle(payload: dict) -> bool:
    path = draft_path(payload["matter_id"], payload["file"])
    try:
        os.remove(path)
    except FileNotFoundError:
        log.info("draft file already gone: matter %s %s", payload["matter_id"], payload["file"])
        return False
    log.info("removed draft file for matter %s at request of %s",
             payload["matter_id"], payload.get("requested_by"))
    return True


def on_message(channel, method, properties, body: bytes) -> None:
    try:
        handle(json.loads(body))
    except (KeyError, ValueError) as exc:
        log.warning("discarding malformed draft.delete message: %s", exc)
    channel.basic_ack(delivery_tag=method.delivery_tag)


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    params = pika.URLParameters(os.environ["AMQP_URL"])
    connection = pika.BlockingConnection(params)
    channel = connection.channel()
    channel.queue_declare(queue=QUEUE, durable=True)
    channel.basic_qos(prefetch_count=10)
    channel.basic_consume(queue=QUEUE, on_message_callback=on_message)
    try:
        channel.start_consuming()
    finally:
        connection.close()


if __name__ == "__main__":
    main()
