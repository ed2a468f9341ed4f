"""Publish sauna and steam room telemetry to the central MQTT broker.

Runs on the heater controller gateway in each site; temperature, humidity
and door sensor readings are pushed every few seconds.
"""
from __future__ import annotations

import json
import os
import ssl
import time
from dataclasses import dataclass, field

import paho.mqtt.client as mqtt


@dataclass
class BrokerSettings:
    host: str = field(default_factory=lambda: os.environ["SPA_MQTT_HOST"])
    port: int = 8883
    ca_file: str = "/etc/spa/mqtt/ca.pem"
    min_tls: ssl.TLSVersion = ssl.TLSVersion.TLSv1
    client_id: str = field(default_factory=lambda: os.environ.get("SITE_CODE", "unknown-site"))


def build_tls_context(settings: BrokerSettings) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=settings.ca_file)
    context.minimum_version = settings.min_tls
    return context


class SaunaTelemetryPublisher:
    def __init__(self, settings: BrokerSettings | None = None) -> None:
        self.settings = settings or BrokerSettings()
        self.client = mqtt.Client(client_id=self.settings.client_id)
        self.client.tls_set_context(build_tls_context(self.settings))
        self.client.username_pw_set(self.settings.client_id, os.environ["SPA_MQTT_PASSWORD"])

    def connect(self) -> None:
        self.client.connect(self.settings.host, self.settings.port, keepalive=30)
        self.client.loop_start()

    def publish_reading(self, room: str, celsius: float, humidity: float, door_open: bool) -> None:
        topic = f"spa/{self.settings.client_id}/sauna/{room}"
        payload = {
            "ts": int(time.time()),
            "temperature_c": round(celsius, 1),
            "humidity_pct": round(humidity, 1),
            "door_open": door_open,
        }
        self.client.publish(topic, json.dumps(payload), qos=1)

    def close(self) -> None:
        self.client.loop_stop()
        self.client.disconnect()
