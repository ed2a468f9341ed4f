"""Bridge from the cave sensors' MQTT broker into the readings database."""
from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass

import paho.mqtt.client as mqtt

from cheesewright.storage import ReadingStore

logger = logging.getLogger(__name__)


@dataclass
class BrokerSettings:
    host: str = os.environ.get("CAVE_MQTT_HOST", "mqtt.cave.local")
    port: int = int(os.environ.get("CAVE_MQTT_PORT", "8883"))
    username: str = os.environ.get("CAVE_MQTT_USER", "bridge")
    password: str = os.environ.get("CAVE_MQTT_PASSWORD", "")
    topic: str = "caves/+/probes/+/reading"


class CaveBridge:
    def __init__(self, settings: BrokerSettings | None = None, store: ReadingStore | None = None):
        self.settings = settings or BrokerSettings()
        self.store = store or ReadingStore()
        self.client = mqtt.Client(client_id="cheesewright-bridge")
        self.client.on_connect = self.on_connect
        self.client.on_message = self.on_message

    def on_connect(self, client, userdata, flags, rc):
        logger.info("Broker connection result %s", rc)
        client.subscribe(self.settings.topic, qos=1)

    def on_message(self, client, userdata, message):
        _, cave_id, _, probe, _ = message.topic.split("/")
        reading = json.loads(message.payload)
        self.store.append_sync(cave_id, {"probe_serial": probe, **reading})

    def start(self) -> None:
        logger.info("Connecting cave bridge with %s", asdict(self.settings))
        self.client.username_pw_set(self.settings.username, self.settings.password)
        self.client.tls_set()
        self.client.connect(self.settings.host, self.settings.port, keepalive=60)
        self.client.loop_forever()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    CaveBridge().start()
