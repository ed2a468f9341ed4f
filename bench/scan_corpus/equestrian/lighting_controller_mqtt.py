"""MQTT bridge between the booking system and arena lighting controllers.

When an arena booking starts or ends, a command is published to the broker
that the floodlight controllers subscribe to.
"""

from __future__ import annotations

import json
import os
import ssl
from dataclasses import dataclass, field
from typing import Optional

import paho.mqtt.client as mqtt


@dataclass
class BrokerSettings:
    host: str = field(default_factory=lambda: os.environ["LIGHTING_MQTT_HOST"])
    port: int = 8883
    ca_file: str = "/etc/ssl/certs/ca-certificates.crt"
    client_id: str = "booking-lights-bridge"
    min_tls: ssl.TLSVersion = ssl.TLSVersion.TLSv1
    topic_prefix: str = "yard/arenas"


def build_tls_context(settings: BrokerSettings) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=settings.ca_file)
    context.minimum_version = settings.min_tls
    return context


class LightingBridge:
    def __init__(self, settings: Optional[BrokerSettings] = None) -> None:
        self.settings = settings or BrokerSettings()
        self._client = mqtt.Client(client_id=self.settings.client_id)
        self._client.tls_set_context(build_tls_context(self.settings))
        self._client.username_pw_set(
            os.environ["LIGHTING_MQTT_USER"], os.environ["LIGHTING_MQTT_PASSWORD"]
        )

    def connect(self) -> None:
        self._client.connect(self.settings.host, self.settings.port, keepalive=30)
        self._client.loop_start()

    def set_arena(self, arena: str, on: bool, level_percent: int = 100) -> None:
        topic = f"{self.settings.topic_prefix}/{arena}/lights"
        payload = json.dumps({"on": on, "level": max(0, min(level_percent, 100))})
        self._client.publish(topic, payload, qos=1, retain=True)

    def on_booking_started(self, arena: str) -> None:
        self.set_arena(arena, True)

    def on_booking_finished(self, arena: str) -> None:
        self.set_arena(arena, False)

    def disconnect(self) -> None:
        self._client.loop_stop()
        self._client.disconnect()
