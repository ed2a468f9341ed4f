"""Worker that removes invoice PDFs customers have deleted from "My account".

The shop front lets a customer tick old invoices and remove them; the web
app forwards the selected file names onto the invoice-cleanup queue and
this worker does the deleting on the file server.
"""
import json
import logging
import os
from pathlib import Path

import pika

log = logging.getLogger("invoice_cleanup")

INVOICE_ROOT = Path(os.environ.get("INVOICE_ROOT", "/srv/basketweaver/invoices"))
QUEUE = "invoice-cleanup"


def remove_invoices(message: dict) -> int:
    customer_dir = INVOICE_ROOT / str(int(message["customer_id"]))
    removed = 0
    for name in message.get("files", []):
        target = customer_dir / name
        if target.is_file():
            target.unlink()
            removed += 1
        else:
            log.info("invoice %s already gone for customer %s", name, message["customer_id"])
    return removed


def on_message(channel, method, properties, body: bytes) -> None:
    try:
        message = json.loads(body)
        count = remove_invoices(message)
    except (ValueError, KeyError) as exc:
        log.warning("dropping malformed cleanup message: %s", exc)
        channel.basic_nack(method.delivery_tag, requeue=False)
        return
    log.info("removed %d invoice(s) for customer %s", count, message["customer_id"])
    channel.basic_ack(method.delivery_tag)


def main() -> None:
    params = pika.URLParameters(os.environ["AMQP_URL"])
    connection = pika.BlockingConnection(params)
    channel = connection.channel()
    channel.queue_declare(queue=QUEUE, durable=True)
    channel.basic_qos(prefetch_count=10)
    channel.basic_consume(queue=QUEUE, on_message_callback=on_message)
    log.info("waiting for invoice cleanup requests")
    try:
        channel.start_consuming()
    finally:
        connection.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
