"""Bridges dock pump-house telemetry onto the yard MQTT broker."""
from __future__ import annotations

import json
import logging
import os
import ssl

import paho.mqtt.client as mqtt

log = logging.getLogger("pumphouse.bridge")


class BrokerSettings:
    HOST = os.environ.get("YARD_MQTT_HOST", "")
    PORT = int(os.environ.get("YARD_MQTT_PORT", "8883"))
    CA_FILE = os.environ.get("YARD_MQTT_CA", "/etc/yard/ca.pem")
    MIN_TLS = ssl.TLSVersion.TLSv1
    TOPIC_ROOT = "drydock/pumps"


class PumpTelemetryBridge:
    def __init__(self, settings: type[BrokerSettings] = BrokerSettings) -> None:
        self.settings = settings
        self.client = mqtt.Client(client_id="pumphouse-bridge")
        self.client.tls_set_context(self._tls_context())
        self.client.on_connect = self._on_connect

    def _tls_context(self) -> ssl.SSLContext:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx.load_verify_locations(cafile=self.settings.CA_FILE)
        ctx.minimum_version = self.settings.MIN_TLS
        return ctx

    def _on_connect(self, client, userdata, flags, rc) -> None:
        log.info("connected to broker rc=%s", rc)

    def start(self) -> None:
        self.client.connect(self.settings.HOST, self.settings.PORT, keepalive=30)
        self.client.loop_start()

    def publish(self, dock: str, pump_id: str, reading: dict) -> None:
        topic = f"{self.settings.TOPIC_ROOT}/{dock}/{pump_id}"
        self.client.publish(topic, json.dumps(reading), qos=1)
