"""Bridges the farm MQTT broker to the telemetry ingestion queue."""
from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field

import paho.mqtt.client as mqtt

log = logging.getLogger("growctl.mqtt")


@dataclass
class BrokerSettings:
    host: str = field(default_factory=lambda: os.environ["MQTT_HOST"])
    port: int = 8883
    username: str = field(default_factory=lambda: os.environ["MQTT_USERNAME"])
    password: str = field(default_factory=lambda: os.environ["MQTT_PASSWORD"])
    topics: tuple[str, ...] = ("farm/+/rack/+/ph", "farm/+/rack/+/ec", "farm/+/rack/+/temp")
    keepalive: int = 60


def describe(settings: BrokerSettings) -> str:
    return json.dumps(asdict(settings), default=str)


class TelemetryBridge:
    def __init__(self, settings: BrokerSettings, queue) -> None:
        self.settings = settings
        self.queue = queue
        self.client = mqtt.Client(client_id="telemetry-bridge", clean_session=False)
        self.client.username_pw_set(settings.username, settings.password)
        self.client.tls_set()
        self.client.on_connect = self._on_connect
        self.client.on_message = self._on_message

    def _on_connect(self, client, userdata, flags, rc) -> None:
        if rc != 0:
            log.error("broker refused connection rc=%s", rc)
            return
        for topic in self.settings.topics:
            client.subscribe(topic, qos=1)

    def _on_message(self, client, userdata, message) -> None:
        _, farm, _, rack, metric = message.topic.split("/")
        self.queue.put({"farm": farm, "rack": rack, "metric": metric, "value": float(message.payload)})

    def run(self) -> None:
        log.info("connecting telemetry bridge with settings %s", describe(self.settings))
        self.client.connect(self.settings.host, self.settings.port, self.settings.keepalive)
        self.client.loop_forever()
