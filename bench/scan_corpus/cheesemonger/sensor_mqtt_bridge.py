"""Bridges cave sensor MQTT topics into the cellar monitoring database."""
from __future__ import annotations

import json
import logging
import os
import ssl
from dataclasses import dataclass, field

import paho.mqtt.client as mqtt

log = logging.getLogger("cellar.mqtt")


@dataclass
class BrokerSettings:
    host: str = field(default_factory=lambda: os.environ["MQTT_HOST"])
    port: int = 8883
    ca_file: str = "/etc/cellar/mqtt-ca.pem"
    username: str = field(default_factory=lambda: os.environ.get("MQTT_USER", "bridge"))
    password: str = field(default_factory=lambda: os.environ.get("MQTT_PASSWORD", ""))
    topics: tuple[str, ...] = ("caves/+/humidity", "caves/+/temperature")


def build_tls_context(settings: BrokerSettings) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(cafile=settings.ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


class CaveBridge:
    def __init__(self, settings: BrokerSettings, sink) -> None:
        self.settings = settings
        self.sink = sink
        self.client = mqtt.Client(client_id="cellar-bridge")
        self.client.username_pw_set(settings.username, settings.password)
        self.client.tls_set_context(build_tls_context(settings))
        self.client.on_connect = self._on_connect
        self.client.on_message = self._on_message

    def _on_connect(self, client, userdata, flags, rc):
        if rc != 0:
            log.error("broker refused connection rc=%s", rc)
            return
        for topic in self.settings.topics:
            client.subscribe(topic, qos=1)

    def _on_message(self, client, userdata, msg):
        _, cave, metric = msg.topic.split("/")
        try:
            value = float(json.loads(msg.payload)["value"])
        except (ValueError, KeyError, TypeError):
            log.warning("unparseable reading on %s", msg.topic)
            return
        self.sink.record(cave=cave, metric=metric, value=value)

    def run(self) -> None:
        self.client.connect(self.settings.host, self.settings.port, keepalive=60)
        self.client.loop_forever()
