"""Consumes blasthole drill telemetry from RabbitMQ and stores it in TimescaleDB.

Rig PCs publish JSON batches to the ``drill.telemetry`` exchange. Batches are
validated field by field before anything is written.
"""
from __future__ import annotations

import json
import logging
import os
from datetime import datetime

import pika
import psycopg2

log = logging.getLogger("blasthole_consumer")

QUEUE = "drill.telemetry.ingest"
INSERT_SQL = (
    "INSERT INTO drill_telemetry (rig_id, ts, hole_id, depth_m, rop_m_per_h, torque_knm, pulldown_kn) "
    "VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING"
)
NUMERIC_FIELDS = ("depth_m", "rop", "torque", "pulldown")


def decode_batch(body: bytes) -> list[tuple]:
    batch = json.loads(body.decode("utf-8"))
    rig = str(batch["rig_id"])
    rows = []
    for rec in batch["records"]:
        ts = datetime.fromisoformat(rec["ts"])
        values = [float(rec[f]) for f in NUMERIC_FIELDS]
        rows.append((rig, ts, str(rec["hole_id"]), *values))
    return rows


class BlastholeConsumer:
    def __init__(self, amqp_url: str, dsn: str) -> None:
        self._params = pika.URLParameters(amqp_url)
        self._db = psycopg2.connect(dsn)

    def _on_message(self, channel, method, properties, body: bytes) -> None:
        if properties.content_type not in (None, "application/json"):
            channel.basic_nack(method.delivery_tag, requeue=False)
            return
        try:
            rows = decode_batch(body)
        except (KeyError, TypeError, ValueError, UnicodeDecodeError) as exc:
            log.warning("dropping malformed batch: %s", exc)
            channel.basic_nack(method.delivery_tag, requeue=False)
            return
        with self._db, self._db.cursor() as cur:
            cur.executemany(INSERT_SQL, rows)
        channel.basic_ack(method.delivery_tag)

    def run(self) -> None:
        connection = pika.BlockingConnection(self._params)
        channel = connection.channel()
        channel.queue_declare(QUEUE, durable=True)
        channel.basic_qos(prefetch_count=50)
        channel.basic_consume(QUEUE, self._on_message)
        try:
            channel.start_consuming()
        finally:
            connection.close()
            self._db.close()


if __name__ == "__main__":
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    BlastholeConsumer(os.environ["AMQP_URL"], os.environ["TELEMETRY_DSN"]).run()
