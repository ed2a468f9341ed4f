"""Remove commission spec drawings when a client deletes them.

The client portal lets clients upload reference drawings and spec
sheets (neck profile, inlay layout, scale length notes) and delete them
again. The portal publishes a message {"commission_id", "file"} on the
spec-sheet-deleted queue, and this worker removes the file from disk
and the row from the database.
"""
import json
import logging
import os

import pika
import psycopg2

log = logging.getLogger("spec_cleanup")

SPEC_ROOT = os.environ.get("SPEC_ROOT", "/srv/luthier/specs")
QUEUE = "spec-sheet-deleted"


class SpecCleanup:
    def __init__(self, dsn: str):
        self.db = psycopg2.connect(dsn)

    def remove(self, commission_id: int, filename: str) -> None:
        target = os.path.join(SPEC_ROOT, str(commission_id), filename)
        if os.path.exists(target):
            os.remove(target)
        with self.db, self.db.cursor() as cur:
            cur.execute(
                "DELETE FROM commission_files WHERE commission_id = %s AND filename = %s",
                (commission_id, filename),
            )
        log.info("removed spec file %s for commission %s", filename, commission_id)

    def on_message(self, channel, method, properties, body: bytes) -> None:
        try:
            payload = json.loads(body)
            self.remove(int(payload["commission_id"]), payload["file"])
        except (ValueError, KeyError) as exc:
            log.warning("dropping malformed message: %s", exc)
        channel.basic_ack(delivery_tag=method.delivery_tag)


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    worker = SpecCleanup(os.environ["DATABASE_DSN"])
    params = pika.URLParameters(os.environ["AMQP_URL"])
    connection = pika.BlockingConnection(params)
    channel = connection.channel()
    channel.queue_declare(queue=QUEUE, durable=True)
    channel.basic_consume(queue=QUEUE, on_message_callback=worker.on_message)
    channel.start_consuming()


if __name__ == "__main__":
    main()
