"""Queue worker that tidies the proof archive once an order has shipped or been cancelled."""
import json
import logging
import os
from pathlib import Path

import pika

log = logging.getLogger("proofs.archive")

ARCHIVE_ROOT = Path(os.environ.get("PROOF_ARCHIVE", "/srv/letterpress/proofs"))
QUEUE = "proofs.cleanup"
KEEP_FINAL = True


def remove_proof_files(order_ref: str, files: list[str], keep: str | None = None) -> int:
    folder = ARCHIVE_ROOT / order_ref
    removed = 0
    for name in files:
        if KEEP_FINAL and name == keep:
            continue
        target = folder / name
        if target.exists():
            target.unlink()
            removed += 1
    if folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
    return removed


def handle(channel, method, properties, body: bytes) -> None:
    try:
        msg = json.loads(body)
        order_ref = msg["order_ref"]
        removed = remove_proof_files(order_ref, msg.get("files", []), msg.get("final_proof"))
        log.info("removed %d proof file(s) for %s", removed, order_ref)
        channel.basic_ack(delivery_tag=method.delivery_tag)
    except (KeyError, ValueError) as exc:
        log.error("malformed cleanup message: %s", exc)
        channel.basic_nack(delivery_tag=method.delivery_tag, requeue=False)


def main() -> None:
    params = pika.URLParameters(os.environ.get("AMQP_URL", "amqp://localhost:5672/%2F"))
    connection = pika.BlockingConnection(params)
    channel = connection.channel()
    channel.queue_declare(queue=QUEUE, durable=True)
    channel.basic_qos(prefetch_count=10)
    channel.basic_consume(queue=QUEUE, on_message_callback=handle)
    log.info("waiting for cleanup messages on %s", QUEUE)
    try:
        channel.start_consuming()
    finally:
        connection.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
