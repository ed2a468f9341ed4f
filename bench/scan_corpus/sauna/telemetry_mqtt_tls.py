"""MQTT subscriber that collects heater and plunge-pool telemetry from every bathhouse."""
from __future__ import annotations

import json
import logging
import os
import ssl
from dataclasses import dataclass
from typing import Callable

import paho.mqtt.client as mqtt

log = logging.getLogger("telemetry.mqtt")


@dataclass(frozen=True)
class BrokerProfile:
    host: str
    port: int = 8883
    ca_file: str = "/etc/bathhouse/certs/broker-ca.pem"
    lowest_protocol: str = "TLSv1"
    topic: str = "bathhouse/+/telemetry/#"

    @classmethod
    def from_env(cls) -> "BrokerProfile":
        return cls(host=os.environ["TELEMETRY_BROKER_HOST"])


def build_tls_context(profile: BrokerProfile) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=profile.ca_file)
    ctx.minimum_version = ssl.TLSVersion[profile.lowest_protocol]
    return ctx


class TelemetrySubscriber:
    def __init__(self, profile: BrokerProfile, sink: Callable[[str, dict], None]) -> None:
        self.profile = profile
        self.sink = sink
        self.client = mqtt.Client(client_id=os.environ.get("HOSTNAME", "telemetry-collector"))
        self.client.tls_set_context(build_tls_context(profile))
        self.client.username_pw_set(os.environ["TELEMETRY_MQTT_USER"],
                                    os.environ["TELEMETRY_MQTT_PASSWORD"])
        self.client.on_connect = self._on_connect
        self.client.on_message = self._on_message

    def _on_connect(self, client, userdata, flags, rc) -> None:
        log.info("connected to broker rc=%s", rc)
        client.subscribe(self.profile.topic, qos=1)

    def _on_message(self, client, userdata, msg) -> None:
        try:
            self.sink(msg.topic, json.loads(msg.payload))
        except ValueError:
            log.warning("dropping malformed frame on %s", msg.topic)

    def run(self) -> None:
        self.client.connect(self.profile.host, self.profile.port, keepalive=30)
        self.client.loop_forever()
