"""Worker that removes tile spec sheets customers delete from their board.

The portal lets customers attach manufacturer spec sheets and inspiration
images to a job's selection board. When they remove one, the portal publishes
a message and this worker deletes the stored file.
"""
import json
import logging
import os
import shutil

import pika

log = logging.getLogger("workers.spec_cleanup")

STORAGE_ROOT = os.environ.get("BOARD_STORAGE", "/srv/tiler/boards")
QUEUE = "board.attachment.removed"


def attachment_location(job_ref: str, relative_path: str) -> str:
    return os.path.join(STORAGE_ROOT, job_ref, relative_path)


def remove_attachment(payload: dict) -> bool:
    target = attachment_location(payload["job_ref"], payload["path"])
    if os.path.isdir(target):
        shutil.rmtree(target)
    elif os.path.exists(target):
        os.remove(target)
    else:
        log.info("nothing to remove for job %s: %s", payload["job_ref"], payload["path"])
        return False
    log.info("removed %s for job %s", payload["path"], payload["job_ref"])
    return True


def on_message(channel, method, properties, body: bytes) -> None:
    try:
        payload = json.loads(body)
        remove_attachment(payload)
    except (KeyError, ValueError) as exc:
        log.warning("dropping malformed message: %s", exc)
    except OSError:
        log.exception("could not remove attachment")
        channel.basic_nack(delivery_tag=method.delivery_tag, requeue=True)
        return
    channel.basic_ack(delivery_tag=method.delivery_tag)


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    params = pika.URLParameters(os.environ["AMQP_URL"])
    connection = pika.BlockingConnection(params)
    channel = connection.channel()
    channel.queue_declare(queue=QUEUE, durable=True)
    channel.basic_qos(prefetch_count=10)
    channel.basic_consume(queue=QUEUE, on_message_callback=on_message)
    log.info("waiting for removed attachments on %s", QUEUE)
    channel.start_consuming()


if __name__ == "__main__":
    main()
