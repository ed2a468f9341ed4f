"""Consumer for Baggage Source Messages forwarded by the ground handlers.

Ground handling agents publish BSMs (bag tag, flight, passenger, onward
routing) to the ``bhs.bsm.inbound`` exchange via the partner broker. Each
message is decoded and upserted into the baggage reconciliation store.
"""
import logging
import os

import jsonpickle
import pika

from bhs.reconciliation import BagRecord, ReconciliationStore

log = logging.getLogger("bhs.bsm")

QUEUE = os.environ.get("BSM_QUEUE", "bhs.bsm.inbound")


def _decode(body: bytes) -> BagRecord:
    msg = jsonpickle.decode(body.decode("utf-8"))
    if isinstance(msg, dict):
        return BagRecord.from_dict(msg)
    return msg


def _on_message(store: ReconciliationStore):
    def callback(ch, method, properties, body):
        try:
            record = _decode(body)
        except (ValueError, KeyError, TypeError) as exc:
            log.warning("rejecting malformed BSM from %s: %s", properties.app_id, exc)
            ch.basic_nack(delivery_tag=method.delivery_tag, requeue=False)
            return
        store.upsert(record)
        log.debug("BSM %s for %s stored", record.tag_number, record.flight)
        ch.basic_ack(delivery_tag=method.delivery_tag)
    return callback


def run() -> None:
    params = pika.URLParameters(os.environ["BSM_BROKER_URL"])
    connection = pika.BlockingConnection(params)
    channel = connection.channel()
    channel.basic_qos(prefetch_count=50)
    channel.basic_consume(queue=QUEUE, on_message_callback=_on_message(ReconciliationStore()))
    log.info("consuming BSMs from %s", QUEUE)
    try:
        channel.start_consuming()
    finally:
        connection.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
