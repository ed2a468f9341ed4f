"""Associator input stage: consume phase picks published by station pickers.

Each field station runs an STA/LTA + ML picker and publishes picks to the
Kafka topic ``picks.raw``. This stage groups them into time windows and hands
candidate clusters to the associator.
"""
from __future__ import annotations

import logging
import os
import pickle
import signal
from collections import deque
from dataclasses import dataclass

from confluent_kafka import Consumer, KafkaError

log = logging.getLogger("eew.picks")

WINDOW_S = 12.0
MIN_STATIONS = 4


@dataclass(frozen=True)
class Pick:
    network: str
    station: str
    phase: str
    time: float
    snr: float
    probability: float


def _consumer() -> Consumer:
    return Consumer({
        "bootstrap.servers": os.environ["KAFKA_BOOTSTRAP"],
        "group.id": "associator-input",
        "security.protocol": "SASL_SSL",
        "sasl.mechanism": "SCRAM-SHA-512",
        "sasl.username": os.environ["KAFKA_USER"],
        "sasl.password": os.environ["KAFKA_PASSWORD"],
        "enable.auto.commit": False,
        "auto.offset.reset": "latest",
    })


def _decode(raw: bytes) -> Pick:
    obj = pickle.loads(raw)
    return Pick(**obj) if isinstance(obj, dict) else obj


class PickWindow:
    def __init__(self) -> None:
        self._picks: deque[Pick] = deque()

    def add(self, pick: Pick) -> list[Pick] | None:
        self._picks.append(pick)
        while self._picks and pick.time - self._picks[0].time > WINDOW_S:
            self._picks.popleft()
        p_picks = [p for p in self._picks if p.phase == "P"]
        if len({(p.network, p.station) for p in p_picks}) >= MIN_STATIONS:
            self._picks.clear()
            return p_picks
        return None


def run(handoff) -> None:
    consumer = _consumer()
    consumer.subscribe(["picks.raw"])
    window = PickWindow()
    running = True

    def _stop(*_):
        nonlocal running
        running = False

    signal.signal(signal.SIGTERM, _stop)
    try:
        while running:
            msg = consumer.poll(0.5)
            if msg is None:
                continue
            if msg.error():
                if msg.error().code() != KafkaError._PARTITION_EOF:
                    log.error("kafka error: %s", msg.error())
                continue
            cluster = window.add(_decode(msg.value()))
            if cluster:
                handoff(cluster)
            consumer.commit(msg, asynchronous=True)
    finally:
        consumer.close()
