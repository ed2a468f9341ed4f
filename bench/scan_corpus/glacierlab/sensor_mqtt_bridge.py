"""Bridge that subscribes to station MQTT topics and forwards readings to the lab.

Camp gateways publish JSON readings on ``stations/<id>/readings``; this bridge
runs at the lab and stores each message in the staging database.
"""
from __future__ import annotations

import json
import logging
import os
import ssl
from dataclasses import dataclass, field

import paho.mqtt.client as mqtt

log = logging.getLogger("glacierlab.mqtt")


@dataclass(frozen=True)
class BrokerSettings:
    host: str = field(default_factory=lambda: os.environ["MQTT_BROKER_HOST"])
    port: int = int(os.environ.get("MQTT_BROKER_PORT", "8883"))
    ca_file: str = "/etc/glacierlab/tls/broker-ca.pem"
    client_cert: str = "/etc/glacierlab/tls/bridge.crt"
    client_key: str = "/etc/glacierlab/tls/bridge.key"
    topic: str = "stations/+/readings"


def tls_context(settings: BrokerSettings) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=settings.ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(settings.client_cert, settings.client_key)
    return ctx


class ReadingsBridge:
    def __init__(self, settings: BrokerSettings, store) -> None:
        self.settings = settings
        self.store = store
        self.client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="glacierlab-bridge")
        self.client.tls_set_context(tls_context(settings))
        self.client.on_connect = self._on_connect
        self.client.on_message = self._on_message

    def _on_connect(self, client, userdata, flags, reason_code, properties) -> None:
        if reason_code.is_failure:
            log.error("broker refused connection: %s", reason_code)
            return
        client.subscribe(self.settings.topic, qos=1)

    def _on_message(self, client, userdata, message) -> None:
        station_id = message.topic.split("/")[1]
        try:
            payload = json.loads(message.payload)
        except ValueError:
            log.warning("dropping malformed message from %s", station_id)
            return
        self.store.insert(station_id, payload["time"], payload["values"])

    def run(self) -> None:
        self.client.connect(self.settings.host, self.settings.port, keepalive=60)
        self.client.loop_forever()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    from staging import StagingStore

    ReadingsBridge(BrokerSettings(), StagingStore.from_env()).run()
