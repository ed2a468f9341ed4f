"""Worker that files or withdraws guarantee certificate PDFs.

The office app publishes messages on the ``guarantees`` queue when a
certificate is issued, reissued after remedial work, or withdrawn because
the customer never paid the final invoice.
"""
import json
import logging
import os
import re
import shutil
from pathlib import Path

import pika

log = logging.getLogger("guarantee.archive")

ARCHIVE_ROOT = Path(os.environ.get("GUARANTEE_ARCHIVE", "/srv/slater/guarantees"))
INBOX = ARCHIVE_ROOT / "incoming"
ISSUED = ARCHIVE_ROOT / "issued"
GUARANTEE_NO = re.compile(r"G\d{6}")


def _issue(msg: dict) -> None:
    if not GUARANTEE_NO.fullmatch(msg["guarantee_no"]):
        raise ValueError(f"malformed guarantee number {msg['guarantee_no']!r}")
    src = INBOX / f"{msg['guarantee_no']}.pdf"
    ISSUED.mkdir(parents=True, exist_ok=True)
    shutil.move(str(src), ISSUED / src.name)
    log.info("filed certificate %s", msg["guarantee_no"])


def _withdraw(msg: dict) -> None:
    target = ISSUED / msg["document"]
    if target.exists():
        target.unlink()
        log.info("withdrew %s (%s)", msg["document"], msg.get("reason", "no reason"))


HANDLERS = {"issued": _issue, "reissued": _issue, "withdrawn": _withdraw}


def on_message(channel, method, properties, body: bytes) -> None:
    try:
        msg = json.loads(body)
        HANDLERS[msg["event"]](msg)
    except (KeyError, ValueError, OSError):
        log.exception("could not process guarantee message")
        channel.basic_nack(method.delivery_tag, requeue=False)
        return
    channel.basic_ack(method.delivery_tag)


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    params = pika.URLParameters(os.environ["AMQP_URL"])
    with pika.BlockingConnection(params) as conn:
        channel = conn.channel()
        channel.queue_declare(queue="guarantees", durable=True)
        channel.basic_qos(prefetch_count=1)
        channel.basic_consume(queue="guarantees", on_message_callback=on_message)
        channel.start_consuming()


if __name__ == "__main__":
    main()
