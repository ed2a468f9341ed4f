"""MQTT publisher for machine telemetry from the edge gateways.

Publishes line counters to the plant broker over TLS with a client
certificate issued by the ropeworks device CA.
"""
import json
import logging
import os
import ssl
import time
from dataclasses import dataclass

import paho.mqtt.client as mqtt

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BrokerSettings:
    host: str
    port: int
    ca_file: str
    cert_file: str
    key_file: str

    @classmethod
    def from_env(cls) -> "BrokerSettings":
        return cls(
            host=os.environ["RW_MQTT_HOST"],
            port=int(os.environ.get("RW_MQTT_PORT", "8883")),
            ca_file=os.environ["RW_MQTT_CA"],
            cert_file=os.environ["RW_MQTT_CERT"],
            key_file=os.environ["RW_MQTT_KEY"],
        )


def tls_context(settings: BrokerSettings) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=settings.ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(settings.cert_file, settings.key_file)
    return ctx


class TelemetryPublisher:
    def __init__(self, machine_id: str, settings: BrokerSettings) -> None:
        self.machine_id = machine_id
        self.settings = settings
        self.client = mqtt.Client(client_id=f"gw-{machine_id}")
        self.client.tls_set_context(tls_context(settings))

    def connect(self) -> None:
        self.client.connect(self.settings.host, self.settings.port, keepalive=60)
        self.client.loop_start()

    def publish(self, counters: dict) -> None:
        payload = json.dumps({"machine": self.machine_id, "ts": time.time(), **counters})
        info = self.client.publish(f"ropeworks/telemetry/{self.machine_id}", payload, qos=1)
        info.wait_for_publish(timeout=10)
        if info.rc != mqtt.MQTT_ERR_SUCCESS:
            log.warning("publish failed for %s: rc=%s", self.machine_id, info.rc)

    def close(self) -> None:
        self.client.loop_stop()
        self.client.disconnect()
