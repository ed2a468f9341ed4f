"""Worker that tidies up shipping labels once the courier has collected a parcel.

The dispatch app publishes a message on the `parcel.collected` queue with the
order reference and the label file it printed.
"""

import json
import logging
import os
from dataclasses import dataclass

import pika

log = logging.getLogger("label_cleanup")

LABEL_SPOOL = os.environ.get("LABEL_SPOOL", "/var/spool/broomworks/labels")
QUEUE = "parcel.collected"


@dataclass
class CollectedParcel:
    order_ref: str
    label_file: str
    courier: str

    @classmethod
    def from_message(cls, body: bytes) -> "CollectedParcel":
        data = json.loads(body)
        return cls(data["order_ref"], data["label_file"], data.get("courier", "unknown"))


def remove_label(parcel: CollectedParcel, spool: str = LABEL_SPOOL) -> bool:
    path = os.path.join(spool, parcel.label_file)
    try:
        os.remove(path)
    except FileNotFoundError:
        log.info("label for %s already gone", parcel.order_ref)
        return False
    log.info("removed label for %s (%s)", parcel.order_ref, parcel.courier)
    return True


def on_message(channel, method, _properties, body: bytes) -> None:
    try:
        parcel = CollectedParcel.from_message(body)
    except (ValueError, KeyError) as exc:
        log.error("dropping malformed message: %s", exc)
        channel.basic_ack(delivery_tag=method.delivery_tag)
        return
    remove_label(parcel)
    channel.basic_ack(delivery_tag=method.delivery_tag)


def main() -> None:
    params = pika.URLParameters(os.environ["AMQP_URL"])
    connection = pika.BlockingConnection(params)
    channel = connection.channel()
    channel.queue_declare(queue=QUEUE, durable=True)
    channel.basic_qos(prefetch_count=10)
    channel.basic_consume(queue=QUEUE, on_message_callback=on_message)
    log.info("waiting for collected parcels on %s", QUEUE)
    channel.start_consuming()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
