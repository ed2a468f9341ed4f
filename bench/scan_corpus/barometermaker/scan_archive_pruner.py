"""Worker that prunes superseded scans from the instrument archive.

The cataloguing tool publishes a message on the ``archive.prune`` queue when
a curator replaces a scan of a maker's label or a trade card; this worker
removes the old file and its thumbnail.
"""
import json
import logging
import os
from pathlib import Path

import pika

log = logging.getLogger("archive.pruner")

ARCHIVE_ROOT = Path(os.environ.get("SCAN_ARCHIVE", "/mnt/archive/scans"))
THUMB_SUFFIX = ".thumb.jpg"
QUEUE = "archive.prune"


class Pruner:
    def __init__(self, root: Path = ARCHIVE_ROOT):
        self.root = root
        self.removed = 0

    def _targets(self, relative: str) -> list[Path]:
        main = self.root / relative
        return [main, main.with_name(main.name + THUMB_SUFFIX)]

    def prune(self, relative: str) -> int:
        count = 0
        for target in self._targets(relative):
            if target.exists():
                target.unlink()
                count += 1
        self.removed += count
        return count


def handle(pruner: Pruner, channel, method, properties, body: bytes) -> None:
    try:
        message = json.loads(body)
        removed = pruner.prune(message["scan_path"])
        log.info("pruned %s (%d files) for record %s", message["scan_path"], removed, message.get("record_id"))
        channel.basic_ack(delivery_tag=method.delivery_tag)
    except (KeyError, ValueError):
        log.exception("malformed prune message")
        channel.basic_nack(delivery_tag=method.delivery_tag, requeue=False)


def main() -> None:
    params = pika.URLParameters(os.environ["AMQP_URL"])
    pruner = Pruner()
    with pika.BlockingConnection(params) as conn:
        channel = conn.channel()
        channel.queue_declare(queue=QUEUE, durable=True)
        channel.basic_qos(prefetch_count=10)
        channel.basic_consume(
            queue=QUEUE,
            on_message_callback=lambda ch, m, p, b: handle(pruner, ch, m, p, b),
        )
        channel.start_consuming()


if __name__ == "__main__":
    main()
