"""Consumes telemetry batches forwarded by the edge gateways in each depot."""
import os
import pickle
import signal

from kafka import KafkaConsumer

from telemetry.store import TimeseriesWriter

CONSUMER_SETTINGS = {
    "group_id": "telemetry-ingest",
    "enable_auto_commit": False,
    "auto_offset_reset": "earliest",
    "max_poll_records": 500,
    "security_protocol": "SSL",
    "ssl_cafile": os.environ.get("KAFKA_CA_FILE"),
    "value_deserializer": pickle.loads,
}

_running = True


def _stop(*_):
    global _running
    _running = False


def run(topic: str = "vehicle.telemetry.batches") -> None:
    signal.signal(signal.SIGTERM, _stop)
    consumer = KafkaConsumer(
        topic,
        bootstrap_servers=os.environ["KAFKA_BOOTSTRAP"].split(","),
        **CONSUMER_SETTINGS,
    )
    writer = TimeseriesWriter.from_env()
    while _running:
        batch = consumer.poll(timeout_ms=1000)
        for records in batch.values():
            for record in records:
                frames = record.value
                writer.write_many(frames["vin"], frames["samples"])
        if batch:
            writer.flush()
            consumer.commit()
    consumer.close()
