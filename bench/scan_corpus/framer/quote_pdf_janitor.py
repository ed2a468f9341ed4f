"""Worker that tidies generated quote PDFs when quotes are withdrawn.

The quoting service publishes a "quote.withdrawn" message on the job
queue with the quote id and the PDF file it generated for that quote.
"""
import json
import logging
import os

import pika

log = logging.getLogger("framer.quote_janitor")

QUOTE_PDF_DIR = os.environ.get("QUOTE_PDF_DIR", "/srv/framer/quotes")
QUEUE = "quote.withdrawn"


def remove_quote_pdf(payload: dict) -> bool:
    pdf_name = payload.get("pdf")
    if not pdf_name:
        return False
    target = os.path.join(QUOTE_PDF_DIR, pdf_name)
    if os.path.exists(target):
        os.remove(target)
        log.info("removed PDF for withdrawn quote %s", payload.get("quote_id"))
        return True
    return False


def on_message(channel, method, properties, body: bytes) -> None:
    try:
        payload = json.loads(body)
    except json.JSONDecodeError:
        log.warning("dropping malformed message on %s", QUEUE)
        channel.basic_ack(delivery_tag=method.delivery_tag)
        return
    remove_quote_pdf(payload)
    channel.basic_ack(delivery_tag=method.delivery_tag)


def main() -> None:
    params = pika.URLParameters(os.environ.get("AMQP_URL", "amqp://localhost:5672/%2F"))
    connection = pika.BlockingConnection(params)
    channel = connection.channel()
    channel.queue_declare(queue=QUEUE, durable=True)
    channel.basic_qos(prefetch_count=10)
    channel.basic_consume(queue=QUEUE, on_message_callback=on_message)
    log.info("waiting for withdrawn quotes")
    try:
        channel.start_consuming()
    finally:
        connection.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
