"""Worker that removes superseded plot renders when a revision is published.

When a client publishes a new revision in the portal's plot editor, the
editor posts a message on the `plot.revision.published` queue listing the
render files of the previous revision; this worker deletes them from the
render cache so clients only ever see the current plot.
"""
import json
import logging
import os
from pathlib import Path

import pika

log = logging.getLogger("highline.plot_cleanup")

RENDER_CACHE = Path(os.environ.get("PLOT_RENDER_CACHE", "/srv/highline/renders"))
QUEUE = "plot.revision.published"


def remove_renders(venue_id: int, stale_files: list[str], root: Path = RENDER_CACHE) -> int:
    venue_dir = root / f"venue-{venue_id}"
    removed = 0
    for name in stale_files:
        target = venue_dir / name
        try:
            target.unlink()
            removed += 1
        except FileNotFoundError:
            log.debug("render %s already gone", target)
    return removed


def handle(channel, method, properties, body: bytes) -> None:
    try:
        msg = json.loads(body)
        removed = remove_renders(int(msg["venue_id"]), msg.get("stale_files", []))
        log.info("plot %s rev %s: removed %d stale renders",
                 msg.get("plot_id"), msg.get("revision"), removed)
        channel.basic_ack(delivery_tag=method.delivery_tag)
    except (ValueError, KeyError) as exc:
        log.error("malformed cleanup message: %s", exc)
        channel.basic_nack(delivery_tag=method.delivery_tag, requeue=False)


def main() -> None:
    params = pika.URLParameters(os.environ["AMQP_URL"])
    conn = pika.BlockingConnection(params)
    channel = conn.channel()
    channel.queue_declare(queue=QUEUE, durable=True)
    channel.basic_qos(prefetch_count=10)
    channel.basic_consume(queue=QUEUE, on_message_callback=handle)
    log.info("waiting for plot revisions on %s", QUEUE)
    try:
        channel.start_consuming()
    finally:
        conn.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
