"""Worker that stores photos and receipts attached to warranty claims.

The web form posts attachments to the message queue as base64 so the
upload request returns quickly; this worker writes them into the claim's
folder on the shared drive the warranty team works from.
"""
import base64
import json
import logging
import os
from pathlib import Path

import pika

log = logging.getLogger("lorimer.warranty.attachments")

CLAIMS_ROOT = Path(os.environ.get("WARRANTY_CLAIMS_ROOT", "/mnt/warranty/claims"))
QUEUE = "warranty.attachments"
MAX_BYTES = 15 * 1024 * 1024


class AttachmentWriter:
    def __init__(self, root: Path = CLAIMS_ROOT):
        self.root = root

    def claim_folder(self, claim_id: int) -> Path:
        folder = self.root / f"claim-{claim_id:06d}"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def save(self, claim_id: int, filename: str, data: bytes) -> Path:
        target = self.claim_folder(claim_id) / filename
        with open(target, "wb") as fh:
            fh.write(data)
        return target


def handle(writer: AttachmentWriter, body: bytes) -> None:
    message = json.loads(body)
    data = base64.b64decode(message["content_b64"])
    if len(data) > MAX_BYTES:
        log.warning("claim %s: attachment too large (%d bytes)", message["claim_id"], len(data))
        return
    path = writer.save(int(message["claim_id"]), message["filename"], data)
    log.info("claim %s: stored %s", message["claim_id"], path.name)


def main() -> None:
    writer = AttachmentWriter()
    params = pika.URLParameters(os.environ["AMQP_URL"])
    connection = pika.BlockingConnection(params)
    channel = connection.channel()
    channel.queue_declare(queue=QUEUE, durable=True)

    def on_message(ch, method, _props, body):
        handle(writer, body)
        ch.basic_ack(delivery_tag=method.delivery_tag)

    channel.basic_consume(queue=QUEUE, on_message_callback=on_message)
    channel.start_consuming()


if __name__ == "__main__":
    main()
