"""Worker that removes printed recipe cards once a dye batch is closed.

The MES publishes a message on the `batch.closed` queue with the batch number
and the recipe card files rendered for that batch. The cards are PDFs in the
shared print spool and are deleted once the batch is done.
"""
import json
import logging
import os

import pika

log = logging.getLogger("recipe_cards.cleanup")

CARD_SPOOL = os.environ.get("RECIPE_CARD_SPOOL", "/srv/print-spool/recipe-cards")
AMQP_URL = os.environ.get("AMQP_URL", "amqp://localhost/")
QUEUE = "batch.closed"


def remove_cards(batch_no: str, card_files: list) -> int:
    removed = 0
    for card in card_files:
        path = os.path.join(CARD_SPOOL, card)
        try:
            os.remove(path)
            removed += 1
        except FileNotFoundError:
            log.debug("card %s for batch %s already gone", card, batch_no)
    return removed


def on_message(channel, method, properties, body: bytes) -> None:
    try:
        msg = json.loads(body)
        batch_no = msg["batch_no"]
        count = remove_cards(batch_no, msg.get("cards", []))
        log.info("batch %s closed, %d recipe cards removed", batch_no, count)
    except (ValueError, KeyError) as exc:
        log.error("malformed batch.closed message: %s", exc)
    channel.basic_ack(delivery_tag=method.delivery_tag)


def main() -> None:
    params = pika.URLParameters(AMQP_URL)
    connection = pika.BlockingConnection(params)
    channel = connection.channel()
    channel.queue_declare(queue=QUEUE, durable=True)
    channel.basic_qos(prefetch_count=10)
    channel.basic_consume(queue=QUEUE, on_message_callback=on_message)
    log.info("waiting for closed batches on %s", QUEUE)
    channel.start_consuming()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
