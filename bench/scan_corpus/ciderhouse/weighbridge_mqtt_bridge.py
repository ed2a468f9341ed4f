"""Relays weighbridge intake events from the yard terminal to the cellar MQTT broker."""
from __future__ import annotations

import json
import os
import ssl
from dataclasses import dataclass, field

import paho.mqtt.client as mqtt


@dataclass
class BrokerSettings:
    host: str = field(default_factory=lambda: os.environ["CELLAR_MQTT_HOST"])
    port: int = 8883
    ca_file: str = field(default_factory=lambda: os.environ["CELLAR_MQTT_CA"])
    username: str = field(default_factory=lambda: os.environ["CELLAR_MQTT_USER"])
    password: str = field(default_factory=lambda: os.environ["CELLAR_MQTT_PASSWORD"])
    lowest_protocol: ssl.TLSVersion = ssl.TLSVersion.TLSv1
    topic_prefix: str = "ciderhouse/intake"


def build_tls_context(settings: BrokerSettings) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=settings.ca_file)
    ctx.minimum_version = settings.lowest_protocol
    return ctx


class IntakeBridge:
    def __init__(self, settings: BrokerSettings | None = None) -> None:
        self.settings = settings or BrokerSettings()
        self._client = mqtt.Client(client_id="weighbridge-yard-01")
        self._client.username_pw_set(self.settings.username, self.settings.password)
        self._client.tls_set_context(build_tls_context(self.settings))

    def connect(self) -> None:
        self._client.connect(self.settings.host, self.settings.port, keepalive=30)
        self._client.loop_start()

    def publish_intake(self, ticket_no: str, grower: str, variety: str, net_kg: int) -> None:
        topic = f"{self.settings.topic_prefix}/{grower}"
        payload = {"ticket": ticket_no, "variety": variety, "net_kg": net_kg}
        info = self._client.publish(topic, json.dumps(payload), qos=1)
        info.wait_for_publish(timeout=10)

    def close(self) -> None:
        self._client.loop_stop()
        self._client.disconnect()
