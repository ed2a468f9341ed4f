"""Worker that tidies up census sheets after moderation.

The census moderation app publishes a message when a county recorder
rejects or supersedes a volunteer's count sheet; this worker removes the
stored sheet from the census share.
"""
from __future__ import annotations

import json
import logging
import os

import pika

log = logging.getLogger("census.cleanup")

SHEET_ROOT = os.environ.get("CENSUS_SHEET_ROOT", "/srv/estate/census/sheets")
QUEUE = "census.sheets.retired"


def sheet_path(season: str, filename: str) -> str:
    return os.path.join(SHEET_ROOT, season, filename)


def handle(payload: dict) -> bool:
    season = str(payload["season"])
    if not season.isdigit():
        log.warning("Ignoring message with invalid season %r", season)
        return False
    path = sheet_path(season, payload["filename"])
    try:
        os.remove(path)
    except FileNotFoundError:
        log.info("Sheet already gone: %s", path)
        return True
    log.info("Removed retired census sheet %s (reason: %s)", path, payload.get("reason", "-"))
    return True


def on_message(channel, method, _properties, body: bytes) -> None:
    try:
        ok = handle(json.loads(body))
    except (KeyError, ValueError):
        log.exception("Malformed retirement message")
        ok = False
    if ok:
        channel.basic_ack(delivery_tag=method.delivery_tag)
    else:
        channel.basic_nack(delivery_tag=method.delivery_tag, requeue=False)


def main() -> None:
    params = pika.URLParameters(os.environ["CENSUS_AMQP_URL"])
    with pika.BlockingConnection(params) as conn:
        channel = conn.channel()
        channel.queue_declare(queue=QUEUE, durable=True)
        channel.basic_qos(prefetch_count=10)
        channel.basic_consume(queue=QUEUE, on_message_callback=on_message)
        channel.start_consuming()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
