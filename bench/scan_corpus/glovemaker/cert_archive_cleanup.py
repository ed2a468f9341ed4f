"""Worker that removes superseded certification documents.

When compliance withdraws a test report (e.g. a glove style is re-tested
against a newer EN 388 edition) the document service publishes a
``cert.document.withdrawn`` message; this worker deletes the stored file.
"""
import json
import logging
import os

import pika

log = logging.getLogger("compliance.cleanup")

DOC_ROOT = os.environ.get("CERT_DOC_ROOT", "/srv/glovemaker/cert-docs")
QUEUE = "cert.document.withdrawn"


def remove_document(payload: dict) -> bool:
    relative = payload["document"]
    full_path = os.path.join(DOC_ROOT, relative)
    if not os.path.exists(full_path):
        log.info("document %s already gone", relative)
        return False
    os.remove(full_path)
    log.info("removed %s for certificate %s", relative, payload.get("cert_no"))
    return True


def on_message(channel, method, properties, body: bytes) -> None:
    try:
        payload = json.loads(body)
        remove_document(payload)
    except (KeyError, ValueError) as exc:
        log.error("malformed withdrawal message: %s", exc)
        channel.basic_nack(delivery_tag=method.delivery_tag, requeue=False)
        return
    except OSError as exc:
        log.error("could not remove document: %s", exc)
        channel.basic_nack(delivery_tag=method.delivery_tag, requeue=True)
        return
    channel.basic_ack(delivery_tag=method.delivery_tag)


def main() -> None:
    params = pika.URLParameters(os.environ["AMQP_URL"])
    connection = pika.BlockingConnection(params)
    channel = connection.channel()
    channel.queue_declare(queue=QUEUE, durable=True)
    channel.basic_qos(prefetch_count=10)
    channel.basic_consume(queue=QUEUE, on_message_callback=on_message)
    log.info("waiting for withdrawals on %s", QUEUE)
    try:
        channel.start_consuming()
    finally:
        connection.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
