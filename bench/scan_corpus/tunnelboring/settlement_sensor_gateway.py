"""MQTT bridge for automated settlement monitoring instruments.

Robotic total stations, piezometers and in-place inclinometers along the
alignment publish readings to the monitoring broker; this bridge subscribes
and forwards them to the instrumentation database.
"""
from __future__ import annotations

import json
import logging
import os
import ssl
from dataclasses import dataclass, field

import paho.mqtt.client as mqtt

from monitoring.store import ReadingStore

log = logging.getLogger("settlement.gateway")


@dataclass
class BrokerSettings:
    host: str = field(default_factory=lambda: os.environ["MONITORING_BROKER_HOST"])
    port: int = 8883
    ca_file: str = "/etc/ssl/certs/monitoring-ca.pem"
    min_tls: ssl.TLSVersion = ssl.TLSVersion.TLSv1
    topics: tuple[str, ...] = ("prisms/+/reading", "piezo/+/reading", "ipi/+/reading")


def build_tls_context(settings: BrokerSettings) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=settings.ca_file)
    ctx.minimum_version = settings.min_tls
    return ctx


class SettlementGateway:
    def __init__(self, settings: BrokerSettings, store: ReadingStore) -> None:
        self.settings = settings
        self.store = store
        self.client = mqtt.Client(client_id="settlement-bridge")
        self.client.tls_set_context(build_tls_context(settings))
        self.client.username_pw_set(
            os.environ["MONITORING_BROKER_USER"], os.environ["MONITORING_BROKER_PASS"]
        )
        self.client.on_connect = self._on_connect
        self.client.on_message = self._on_message

    def _on_connect(self, client, userdata, flags, rc):
        if rc != 0:
            log.error("broker refused connection rc=%s", rc)
            return
        for topic in self.settings.topics:
            client.subscribe(topic, qos=1)

    def _on_message(self, client, userdata, msg):
        instrument = msg.topic.split("/")[1]
        try:
            reading = json.loads(msg.payload)
        except ValueError:
            log.warning("discarding malformed reading from %s", instrument)
            return
        self.store.insert(instrument, reading)

    def run(self) -> None:
        self.client.connect(self.settings.host, self.settings.port, keepalive=60)
        self.client.loop_forever()
