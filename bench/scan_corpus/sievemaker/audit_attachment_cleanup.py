"""Worker that removes audit attachments after their retention period.

The audit service publishes "attachment.expired" messages to RabbitMQ
when evidence photos and scanned checklists of closed audits are past
retention. This worker deletes the files from the shared evidence store.
"""
import json
import logging
import os
from pathlib import Path

import pika

log = logging.getLogger("audit.cleanup")

EVIDENCE_ROOT = Path(os.environ.get("EVIDENCE_ROOT", "/mnt/quality/evidence"))
QUEUE = "audit.attachments.expired"


def remove_attachment(audit_ref: str, relative_path: str) -> bool:
    target = EVIDENCE_ROOT / audit_ref / relative_path
    if not target.exists():
        log.info("attachment already gone: %s", target)
        return False
    target.unlink()
    parent = target.parent
    if parent != EVIDENCE_ROOT and not any(parent.iterdir()):
        parent.rmdir()
    log.info("removed expired attachment %s", target)
    return True


def on_message(channel, method, _props, body: bytes) -> None:
    try:
        msg = json.loads(body)
        remove_attachment(msg["audit_ref"], msg["path"])
    except (ValueError, KeyError) as exc:
        log.error("dropping malformed message: %s", exc)
    channel.basic_ack(delivery_tag=method.delivery_tag)


def main() -> None:
    params = pika.URLParameters(os.environ["AMQP_URL"])
    with pika.BlockingConnection(params) as conn:
        channel = conn.channel()
        channel.queue_declare(queue=QUEUE, durable=True)
        channel.basic_qos(prefetch_count=10)
        channel.basic_consume(queue=QUEUE, on_message_callback=on_message)
        log.info("waiting for expired attachments on %s", QUEUE)
        channel.start_consuming()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
