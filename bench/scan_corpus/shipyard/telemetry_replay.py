"""Replay consumer for sea-trial telemetry snapshots.

During speed/power and manoeuvring trials the onboard logger publishes
snapshots of its in-memory state to the ``trial.snapshots`` topic on the
yard broker so the analysis team can replay a run ashore.
"""
from __future__ import annotations

import logging
import os
from pickle import loads as _restore

from kafka import KafkaConsumer

from trials.analysis import TrialRun, store_snapshot

log = logging.getLogger(__name__)

TOPIC = "trial.snapshots"


def _consumer() -> KafkaConsumer:
    return KafkaConsumer(
        TOPIC,
        bootstrap_servers=os.environ["YARD_BROKER"].split(","),
        group_id="trial-replay",
        security_protocol="SSL",
        ssl_cafile=os.environ.get("YARD_BROKER_CA"),
        enable_auto_commit=False,
    )


def decode_snapshot(raw: bytes) -> dict:
    snapshot = _restore(raw)
    if not isinstance(snapshot, dict) or "hull" not in snapshot:
        raise ValueError("unexpected snapshot payload")
    return snapshot


def run() -> None:
    consumer = _consumer()
    runs: dict[str, TrialRun] = {}
    for msg in consumer:
        try:
            snap = decode_snapshot(msg.value)
        except Exception:
            log.exception("skipping malformed snapshot at offset %s", msg.offset)
            continue
        trial = runs.setdefault(snap["hull"], TrialRun(snap["hull"]))
        trial.add(snap["t"], snap["channels"])
        store_snapshot(snap)
        consumer.commit()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
