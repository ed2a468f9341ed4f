"""Subscribes to water-level sensor telemetry on the regional MQTT broker."""
from __future__ import annotations

import json
import logging
import os
from urllib.parse import quote

import paho.mqtt.client as mqtt

log = logging.getLogger("sensors.mqtt")


class BrokerConfig:
    def __init__(self) -> None:
        self.host = os.environ["MQTT_HOST"]
        self.port = int(os.environ.get("MQTT_PORT", "8883"))
        self.username = os.environ["MQTT_USERNAME"]
        self.password = os.environ["MQTT_PASSWORD"]
        self.topic = "canal/+/level"

    def connection_uri(self) -> str:
        return (
            f"mqtts://{quote(self.username)}:{quote(self.password)}"
            f"@{self.host}:{self.port}"
        )


class LevelSubscriber:
    def __init__(self, config: BrokerConfig) -> None:
        self.config = config
        self.client = mqtt.Client(client_id="level-ingest")
        self.client.username_pw_set(config.username, config.password)
        self.client.tls_set()
        self.client.on_connect = self._on_connect
        self.client.on_message = self._on_message

    def _on_connect(self, client, userdata, flags, rc) -> None:
        if rc != 0:
            log.error("broker refused connection rc=%s", rc)
            return
        client.subscribe(self.config.topic, qos=1)

    def _on_message(self, client, userdata, msg) -> None:
        reading = json.loads(msg.payload)
        pound = msg.topic.split("/")[1]
        if reading.get("level_mm", 0) > reading.get("weir_mm", 10**6):
            log.warning("pound %s above weir crest: %s", pound, reading)

    def run(self) -> None:
        log.info("connecting to %s", self.config.connection_uri())
        self.client.connect(self.config.host, self.config.port, keepalive=60)
        self.client.loop_forever()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    LevelSubscriber(BrokerConfig()).run()
