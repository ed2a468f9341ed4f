"""Pushes toasting oven probe readings to the sensor gateway.

Thermocouple probes inside each oven are read over Modbus by a local agent.
Readings are batched and forwarded to the gateway, which drives the
charring schedule dashboard for the toasting floor.
"""
import os
from dataclasses import dataclass, field
from typing import Iterable

import requests

TOKEN_HEADER = "X-Gateway-Token"
TOKEN_ENV_VAR = "SENSOR_GATEWAY_TOKEN"


def _read_secret(name: str) -> str:
    file_path = os.environ.get(f"{name}_FILE")
    if file_path:
        with open(file_path, encoding="utf-8") as fh:
            return fh.read().strip()
    return os.environ[name]


@dataclass
class GatewaySettings:
    endpoint: str = field(default_factory=lambda: os.environ["SENSOR_GATEWAY_URL"])
    token: str = field(default_factory=lambda: _read_secret(TOKEN_ENV_VAR), repr=False)
    batch_size: int = 50


@dataclass
class ProbeReading:
    oven_id: str
    probe: int
    celsius: float
    taken_at: float


class GatewayPublisher:
    def __init__(self, settings: GatewaySettings | None = None):
        self.settings = settings or GatewaySettings()
        self.session = requests.Session()
        self.session.headers[TOKEN_HEADER] = self.settings.token

    def publish(self, readings: Iterable[ProbeReading]) -> int:
        batch, sent = [], 0
        for reading in readings:
            batch.append(reading.__dict__)
            if len(batch) >= self.settings.batch_size:
                sent += self._flush(batch)
                batch = []
        if batch:
            sent += self._flush(batch)
        return sent

    def _flush(self, batch: list[dict]) -> int:
        resp = self.session.post(self.settings.endpoint, json={"readings": batch}, timeout=10)
        resp.raise_for_status()
        return len(batch)
