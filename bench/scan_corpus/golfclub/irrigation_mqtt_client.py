"""Subscribes to soil-moisture and flow telemetry published by the irrigation pump station."""
from __future__ import annotations

import json
import logging
import os
import ssl
from dataclasses import dataclass, field
from typing import Callable

import paho.mqtt.client as mqtt

log = logging.getLogger(__name__)


@dataclass
class BrokerSettings:
    host: str = field(default_factory=lambda: os.environ["IRRIGATION_MQTT_HOST"])
    port: int = 8883
    ca_file: str = field(default_factory=lambda: os.environ["IRRIGATION_MQTT_CA"])
    client_cert: str = field(default_factory=lambda: os.environ["IRRIGATION_MQTT_CERT"])
    client_key: str = field(default_factory=lambda: os.environ["IRRIGATION_MQTT_KEY"])
    topics: tuple[str, ...] = ("course/+/moisture", "pumpstation/flow")


def tls_context(settings: BrokerSettings) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=settings.ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(settings.client_cert, settings.client_key)
    return ctx


class TelemetrySubscriber:
    def __init__(self, on_reading: Callable[[str, dict], None], settings: BrokerSettings | None = None) -> None:
        self._settings = settings or BrokerSettings()
        self._on_reading = on_reading
        self._client = mqtt.Client(client_id="greenkeeping-dashboard")
        self._client.tls_set_context(tls_context(self._settings))
        self._client.on_connect = self._connected
        self._client.on_message = self._message

    def _connected(self, client, userdata, flags, rc) -> None:
        if rc != 0:
            log.error("MQTT connection refused with code %s", rc)
            return
        for topic in self._settings.topics:
            client.subscribe(topic, qos=1)

    def _message(self, client, userdata, msg) -> None:
        try:
            reading = json.loads(msg.payload)
        except ValueError:
            log.warning("Discarding malformed payload on %s", msg.topic)
            return
        self._on_reading(msg.topic, reading)

    def run_forever(self) -> None:
        self._client.connect(self._settings.host, self._settings.port, keepalive=60)
        self._client.loop_forever()
