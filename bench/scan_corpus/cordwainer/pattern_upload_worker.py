"""Queue worker that stores pattern pieces exported from the CAD station.

The CAD station publishes one message per pattern piece (vamp, quarter, counter,
lining...) with the DXF content base64-encoded; we write it next to the order's
other pattern files so the clicking room's cutter can pick it up.
"""
import base64
import json
import logging
import os
from pathlib import Path

import pika

log = logging.getLogger("cordwainer.patterns")

PATTERN_ROOT = Path(os.environ.get("PATTERN_ROOT", "/srv/cordwainer/patterns"))
QUEUE = "cad.pattern_pieces"


def target_for(order_ref: str, piece_name: str) -> Path:
    order_dir = PATTERN_ROOT / order_ref
    order_dir.mkdir(parents=True, exist_ok=True)
    return order_dir / piece_name


def store_piece(message: dict) -> Path:
    order_ref = message["order_ref"]
    if not order_ref.isalnum():
        raise ValueError(f"invalid order ref {order_ref!r}")
    data = base64.b64decode(message["dxf_b64"])
    dest = target_for(order_ref, message["piece_name"])
    with open(dest, "wb") as fh:
        fh.write(data)
    return dest


def on_message(channel, method, properties, body: bytes) -> None:
    try:
        message = json.loads(body)
        dest = store_piece(message)
        log.info("stored pattern piece %s (%d bytes)", dest, dest.stat().st_size)
        channel.basic_ack(delivery_tag=method.delivery_tag)
    except (KeyError, ValueError) as exc:
        log.warning("rejecting pattern message: %s", exc)
        channel.basic_nack(delivery_tag=method.delivery_tag, requeue=False)


def main() -> None:
    params = pika.URLParameters(os.environ["CORDWAINER_AMQP_URL"])
    connection = pika.BlockingConnection(params)
    channel = connection.channel()
    channel.queue_declare(queue=QUEUE, durable=True)
    channel.basic_qos(prefetch_count=4)
    channel.basic_consume(queue=QUEUE, on_message_callback=on_message)
    try:
        channel.start_consuming()
    finally:
        connection.close()


if __name__ == "__main__":
    main()
