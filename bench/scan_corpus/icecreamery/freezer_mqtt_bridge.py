"""Bridges freezer controller alarms from the parlour MQTT broker to head office."""
from __future__ import annotations

import json
import logging
import os
import ssl
from dataclasses import dataclass

import paho.mqtt.client as mqtt

log = logging.getLogger("freezer.mqtt")


@dataclass
class BrokerSettings:
    host: str
    port: int = 8883
    ca_file: str = "/etc/icecreamery/mqtt-ca.pem"
    client_cert: str = "/etc/icecreamery/parlour.crt"
    client_key: str = "/etc/icecreamery/parlour.key"
    min_tls: ssl.TLSVersion = ssl.TLSVersion.TLSv1_2


def build_tls_context(settings: BrokerSettings) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=settings.ca_file)
    ctx.minimum_version = settings.min_tls
    ctx.load_cert_chain(settings.client_cert, settings.client_key)
    return ctx


class AlarmBridge:
    topic = "parlour/+/freezer/+/alarm"

    def __init__(self, settings: BrokerSettings, forward) -> None:
        self.settings = settings
        self.forward = forward
        self.client = mqtt.Client(client_id=f"bridge-{os.getpid()}")
        self.client.tls_set_context(build_tls_context(settings))
        self.client.on_connect = self._on_connect
        self.client.on_message = self._on_message

    def _on_connect(self, client, userdata, flags, rc):
        if rc == 0:
            client.subscribe(self.topic, qos=1)
        else:
            log.error("broker refused connection rc=%s", rc)

    def _on_message(self, client, userdata, msg):
        _, parlour, _, cabinet, _ = msg.topic.split("/")
        alarm = json.loads(msg.payload)
        self.forward({"parlour": parlour, "cabinet": cabinet, **alarm})

    def run(self) -> None:
        self.client.connect(self.settings.host, self.settings.port, keepalive=60)
        self.client.loop_forever()
