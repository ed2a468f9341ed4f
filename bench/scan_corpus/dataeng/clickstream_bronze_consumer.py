"""Consume clickstream events published by the web collectors and append them
to the bronze layer as hourly Parquet files."""
import logging
import os
import pickle
from collections import defaultdict
from datetime import datetime, timezone

import pyarrow as pa
import pyarrow.parquet as pq
from kafka import KafkaConsumer

log = logging.getLogger(__name__)

TOPIC = os.environ.get("CLICKSTREAM_TOPIC", "web.clickstream.v2")
BRONZE_ROOT = os.environ.get("BRONZE_ROOT", "/data/bronze/clickstream")
BATCH_SIZE = 5000

CONSUMER_SETTINGS = {
    "bootstrap_servers": os.environ["KAFKA_BOOTSTRAP"].split(","),
    "group_id": "bronze-clickstream",
    "enable_auto_commit": False,
    "auto_offset_reset": "earliest",
    "security_protocol": "SASL_SSL",
    "sasl_mechanism": "SCRAM-SHA-512",
    "sasl_plain_username": os.environ["KAFKA_USER"],
    "sasl_plain_password": os.environ["KAFKA_PASSWORD"],
    "value_deserializer": pickle.loads,
    "max_poll_records": 1000,
}


def _flush(buffers: dict[str, list[dict]]) -> None:
    for hour, events in buffers.items():
        path = f"{BRONZE_ROOT}/hour={hour}/part-{datetime.now(timezone.utc):%H%M%S%f}.parquet"
        os.makedirs(os.path.dirname(path), exist_ok=True)
        pq.write_table(pa.Table.from_pylist(events), path)
        log.info("wrote %d events to %s", len(events), path)
    buffers.clear()


def run() -> None:
    consumer = KafkaConsumer(TOPIC, **CONSUMER_SETTINGS)
    buffers: dict[str, list[dict]] = defaultdict(list)
    pending = 0
    for message in consumer:
        event = message.value
        ts = datetime.fromtimestamp(event["ts"] / 1000, tz=timezone.utc)
        buffers[ts.strftime("%Y-%m-%dT%H")].append(event)
        pending += 1
        if pending >= BATCH_SIZE:
            _flush(buffers)
            consumer.commit()
            pending = 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
