"""Consumes slot-machine meter snapshots published by the floor gateways.

Meters are aggregated per cabinet and per gaming day and written to the
``slot_meter_daily`` table used for the net win / GGR report.
"""
from __future__ import annotations

import logging
import os
import pickle
from collections import defaultdict
from datetime import datetime, timezone

from kafka import KafkaConsumer

log = logging.getLogger("slots.meters")

TOPIC = "slot.meters.v1"
METERS = ("coin_in", "coin_out", "jackpot", "handpay", "bill_in")


def make_consumer() -> KafkaConsumer:
    return KafkaConsumer(
        TOPIC,
        bootstrap_servers=os.environ["KAFKA_BOOTSTRAP"].split(","),
        group_id="meter-aggregator",
        security_protocol="SSL",
        ssl_cafile=os.environ.get("KAFKA_CA_FILE"),
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        value_deserializer=pickle.loads,
    )


def gaming_day(ts: float) -> str:
    return datetime.fromtimestamp(ts, tz=timezone.utc).strftime("%Y-%m-%d")


def run(repo, batch_size: int = 500) -> None:
    consumer = make_consumer()
    totals: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: dict.fromkeys(METERS, 0))
    pending = 0
    for message in consumer:
        snapshot = message.value
        key = (snapshot["cabinet_id"], gaming_day(snapshot["ts"]))
        for meter in METERS:
            totals[key][meter] += int(snapshot.get(meter, 0))
        pending += 1
        if pending >= batch_size:
            repo.upsert_daily_meters(totals)
            consumer.commit()
            log.info("flushed %d snapshots for %d cabinet-days", pending, len(totals))
            totals.clear()
            pending = 0
