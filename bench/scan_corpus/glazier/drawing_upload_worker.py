"""Queue worker that stores CAD drawings for shopfront jobs.

The estimating app publishes a message when a designer attaches a DXF or
PDF elevation for a shopfront (transoms, mullions, door positions).  This
worker decodes the attachment and drops it into the job's drawings folder
on the shared drive so the workshop can open it.
"""
import base64
import json
import logging
import os
import re
from pathlib import Path

import pika

log = logging.getLogger("drawings.worker")

DRAWINGS_ROOT = Path(os.environ.get("DRAWINGS_ROOT", "/mnt/shared/drawings"))
QUEUE = "shopfront.drawings"
MAX_BYTES = 25 * 1024 * 1024
JOB_REF_RE = re.compile(r"^SF-\d{5}$")


def destination_for(job_ref: str, filename: str) -> Path:
    if not JOB_REF_RE.match(job_ref):
        raise ValueError(f"unexpected job reference {job_ref!r}")
    job_dir = DRAWINGS_ROOT / job_ref
    job_dir.mkdir(parents=True, exist_ok=True)
    return job_dir / filename


def store_drawing(payload: dict) -> Path:
    content = base64.b64decode(payload["content_b64"])
    if len(content) > MAX_BYTES:
        raise ValueError(f"drawing too large: {len(content)} bytes")
    target = destination_for(payload["job_ref"], payload["filename"])
    with open(target, "wb") as fh:
        fh.write(content)
    return target


def on_message(channel, method, properties, body: bytes) -> None:
    try:
        payload = json.loads(body)
        path = store_drawing(payload)
        log.info("Stored drawing for %s at %s", payload["job_ref"], path)
        channel.basic_ack(delivery_tag=method.delivery_tag)
    except (ValueError, KeyError) as exc:
        log.error("Rejecting drawing message: %s", exc)
        channel.basic_nack(delivery_tag=method.delivery_tag, requeue=False)


def main() -> None:
    params = pika.URLParameters(os.environ["AMQP_URL"])
    connection = pika.BlockingConnection(params)
    channel = connection.channel()
    channel.queue_declare(queue=QUEUE, durable=True)
    channel.basic_qos(prefetch_count=4)
    channel.basic_consume(queue=QUEUE, on_message_callback=on_message)
    log.info("Waiting for drawings on %s", QUEUE)
    channel.start_consuming()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
