"""Worker that removes customer artwork once a customer withdraws it from the portal.

The portal publishes a JSON message on the ``artwork.withdrawn`` queue with the
order reference and the file path relative to the artwork store.
"""
import json
import logging
import os

import pika

log = logging.getLogger("enameller.workers.cleanup")

ARTWORK_STORE = os.environ.get("ARTWORK_STORE", "/srv/enameller/artwork")
QUEUE = "artwork.withdrawn"


def remove_artwork(payload: dict) -> bool:
    relative = payload["file"]
    target = os.path.join(ARTWORK_STORE, relative)
    if not os.path.exists(target):
        log.info("artwork %s already gone (order %s)", relative, payload.get("order"))
        return False
    os.remove(target)
    log.info("removed artwork %s for order %s", relative, payload.get("order"))
    return True


def on_message(channel, method, properties, body: bytes) -> None:
    try:
        payload = json.loads(body)
        remove_artwork(payload)
    except (ValueError, KeyError):
        log.exception("malformed withdrawal message")
    except OSError:
        log.exception("could not remove artwork")
        channel.basic_nack(delivery_tag=method.delivery_tag, requeue=False)
        return
    channel.basic_ack(delivery_tag=method.delivery_tag)


def main() -> None:
    params = pika.URLParameters(os.environ["AMQP_URL"])
    connection = pika.BlockingConnection(params)
    channel = connection.channel()
    channel.queue_declare(queue=QUEUE, durable=True)
    channel.basic_qos(prefetch_count=10)
    channel.basic_consume(queue=QUEUE, on_message_callback=on_message)
    log.info("waiting for withdrawal messages on %s", QUEUE)
    try:
        channel.start_consuming()
    finally:
        connection.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
