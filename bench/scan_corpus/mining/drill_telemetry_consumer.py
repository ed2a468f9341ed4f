"""Consumes drill rig telemetry batches from RabbitMQ and stores them in TimescaleDB.

Rig PCs publish a batch every few seconds to the ``drill.telemetry`` exchange.
Each batch carries the rig id and a list of records with hole depth, rate of
penetration, rotary torque and pulldown force.
"""
from __future__ import annotations

import logging
import os
import pickle

import pika
import psycopg2

log = logging.getLogger("drill_consumer")

QUEUE = "drill.telemetry.ingest"
INSERT_SQL = (
    "INSERT INTO drill_telemetry (rig_id, ts, hole_id, depth_m, rop_m_per_h, torque_knm, pulldown_kn) "
    "VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING"
)


class TelemetryConsumer:
    def __init__(self, amqp_url: str, dsn: str, prefetch: int = 50) -> None:
        self._amqp_params = pika.URLParameters(amqp_url)
        self._db = psycopg2.connect(dsn)
        self._prefetch = prefetch

    @staticmethod
    def _rows(body: bytes) -> list[tuple]:
        batch = pickle.loads(body)
        rig = batch["rig_id"]
        return [
            (rig, r["ts"], r["hole_id"], r["depth_m"], r["rop"], r["torque"], r["pulldown"])
            for r in batch["records"]
        ]

    def _on_message(self, channel, method, properties, body: bytes) -> None:
        try:
            rows = self._rows(body)
        except (KeyError, TypeError, ValueError) as exc:
            log.warning("dropping malformed batch: %s", exc)
            channel.basic_nack(method.delivery_tag, requeue=False)
            return
        with self._db, self._db.cursor() as cur:
            cur.executemany(INSERT_SQL, rows)
        channel.basic_ack(method.delivery_tag)
        log.debug("stored %d records", len(rows))

    def run(self) -> None:
        connection = pika.BlockingConnection(self._amqp_params)
        channel = connection.channel()
        channel.queue_declare(QUEUE, durable=True)
        channel.basic_qos(prefetch_count=self._prefetch)
        channel.basic_consume(QUEUE, self._on_message)
        try:
            channel.start_consuming()
        finally:
            connection.close()
            self._db.close()


def main() -> None:
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    TelemetryConsumer(os.environ["AMQP_URL"], os.environ["TELEMETRY_DSN"]).run()


if __name__ == "__main__":
    main()
