"""Worker that tidies generated invoice PDFs once an order is archived.

The order service publishes an ``order.archived`` message listing the files it
generated for the order; we remove them from the shared invoice volume.
"""
import json
import logging
import os
from pathlib import Path

import pika

log = logging.getLogger("invoice-cleanup")

INVOICE_ROOT = Path(os.environ.get("INVOICE_ROOT", "/srv/mapseller/invoices"))
QUEUE = "order.archived.invoices"


def remove_invoice_files(order_ref: str, files: list[str]) -> int:
    removed = 0
    for name in files:
        target = INVOICE_ROOT / name
        try:
            target.unlink()
            removed += 1
        except FileNotFoundError:
            log.info("order %s: %s already gone", order_ref, name)
    return removed


def handle(channel, method, _properties, body: bytes) -> None:
    try:
        message = json.loads(body)
        order_ref = message["order_ref"]
        files = [str(f) for f in message.get("files", [])]
    except (ValueError, KeyError):
        log.error("discarding malformed message: %r", body[:200])
        channel.basic_ack(delivery_tag=method.delivery_tag)
        return
    n = remove_invoice_files(order_ref, files)
    log.info("order %s archived, %d invoice files removed", order_ref, n)
    channel.basic_ack(delivery_tag=method.delivery_tag)


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    params = pika.URLParameters(os.environ["AMQP_URL"])
    connection = pika.BlockingConnection(params)
    channel = connection.channel()
    channel.queue_declare(queue=QUEUE, durable=True)
    channel.basic_qos(prefetch_count=10)
    channel.basic_consume(queue=QUEUE, on_message_callback=handle)
    log.info("waiting for archived orders on %s", QUEUE)
    channel.start_consuming()


if __name__ == "__main__":
    main()
