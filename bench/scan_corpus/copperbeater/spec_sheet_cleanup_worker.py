"""Worker that removes superseded product spec sheets.

When the catalogue team publishes a new revision of a spec sheet (pans,
stills, roofing trays), the CMS puts a message on the "specsheets.retired"
queue naming the file that was replaced.
"""
from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import pika

log = logging.getLogger("copperbeater.specsheets")

SPEC_ROOT = Path(os.environ.get("SPEC_SHEET_ROOT", "/srv/copperbeater/public/specs"))
QUEUE = "specsheets.retired"


def retire_sheet(message: dict) -> bool:
    target = SPEC_ROOT / message["category"] / message["file"]
    if not target.exists():
        log.info("spec sheet %s already gone", target)
        return False
    target.unlink()
    log.info("removed superseded spec sheet %s (replaced by rev %s)",
             target, message.get("new_revision", "?"))
    return True


def on_message(channel, method, properties, body: bytes) -> None:
    try:
        message = json.loads(body)
        retire_sheet(message)
    except (KeyError, ValueError) as exc:
        log.error("discarding malformed retire message: %s", exc)
    channel.basic_ack(delivery_tag=method.delivery_tag)


def main() -> None:
    params = pika.URLParameters(os.environ["AMQP_URL"])
    connection = pika.BlockingConnection(params)
    channel = connection.channel()
    channel.queue_declare(queue=QUEUE, durable=True)
    channel.basic_qos(prefetch_count=10)
    channel.basic_consume(queue=QUEUE, on_message_callback=on_message)
    log.info("waiting for retired spec sheets on %s", QUEUE)
    try:
        channel.start_consuming()
    finally:
        connection.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
