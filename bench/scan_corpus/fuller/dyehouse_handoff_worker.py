"""Worker that stages dye recipes and lot sheets for the dye-house handoff.

The planning service publishes a message per lot that is ready to go to
the dye house. The worker writes the attached documents into the outbox
folder that the dye house collects from each evening.
"""
import base64
import json
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import List

import pika

log = logging.getLogger("fuller.handoff")

OUTBOX = Path(os.environ.get("DYEHOUSE_OUTBOX", "/srv/fuller/dyehouse-outbox"))
QUEUE = "dyehouse.handoff"
LOT_PATTERN = re.compile(r"^LOT-\d{2}-\d{4,5}$")


@dataclass
class HandoffDocument:
    file_name: str
    content_b64: str


@dataclass
class HandoffMessage:
    lot_no: str
    shade_ref: str
    documents: List[HandoffDocument]

    @classmethod
    def parse(cls, body: bytes) -> "HandoffMessage":
        data = json.loads(body)
        docs = [HandoffDocument(d["file_name"], d["content"]) for d in data["documents"]]
        return cls(data["lot_no"], data["shade_ref"], docs)


class HandoffWriter:
    def __init__(self, outbox: Path = OUTBOX):
        self.outbox = outbox

    def stage(self, msg: HandoffMessage) -> int:
        if not LOT_PATTERN.fullmatch(msg.lot_no):
            raise ValueError(f"unexpected lot number {msg.lot_no!r}")
        lot_dir = self.outbox / msg.lot_no
        lot_dir.mkdir(parents=True, exist_ok=True)
        for doc in msg.documents:
            (lot_dir / doc.file_name).write_bytes(base64.b64decode(doc.content_b64))
        log.info("staged %d document(s) for lot %s shade %s",
                 len(msg.documents), msg.lot_no, msg.shade_ref)
        return len(msg.documents)


def main() -> None:
    writer = HandoffWriter()
    params = pika.URLParameters(os.environ["AMQP_URL"])
    connection = pika.BlockingConnection(params)
    channel = connection.channel()
    channel.queue_declare(queue=QUEUE, durable=True)

    def on_message(ch, method, _props, body):
        try:
            writer.stage(HandoffMessage.parse(body))
            ch.basic_ack(delivery_tag=method.delivery_tag)
        except (KeyError, ValueError) as exc:
            log.error("rejecting malformed handoff message: %s", exc)
            ch.basic_nack(delivery_tag=method.delivery_tag, requeue=False)

    channel.basic_qos(prefetch_count=4)
    channel.basic_consume(queue=QUEUE, on_message_callback=on_message)
    channel.start_consuming()


if __name__ == "__main__":
    main()
