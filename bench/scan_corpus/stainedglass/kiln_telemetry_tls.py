"""Publishes kiln firing telemetry to the studio's MQTT broker over TLS."""
from __future__ import annotations

import json
import os
import ssl
import time
from dataclasses import asdict, dataclass

import paho.mqtt.client as mqtt


@dataclass
class TelemetrySample:
    kiln_serial: str
    segment: int
    thermocouple_c: float
    setpoint_c: float
    ts: float


class BrokerTLS:
    """Builds the TLS context used for every broker connection."""

    floor = ssl.TLSVersion.TLSv1_2

    @classmethod
    def context(cls, ca_file: str) -> ssl.SSLContext:
        ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=ca_file)
        ctx.minimum_version = cls.floor
        return ctx


class TelemetryPublisher:
    def __init__(self, host: str, port: int = 8883) -> None:
        self.host = host
        self.port = port
        self.client = mqtt.Client(client_id=f"kiln-bridge-{os.getpid()}")
        self.client.username_pw_set(os.environ["MQTT_USER"], os.environ["MQTT_PASSWORD"])
        self.client.tls_set_context(BrokerTLS.context(os.environ.get("MQTT_CA", "/etc/studio/mqtt-ca.pem")))

    def connect(self) -> None:
        self.client.connect(self.host, self.port, keepalive=30)
        self.client.loop_start()

    def publish(self, sample: TelemetrySample) -> None:
        topic = f"studio/kilns/{sample.kiln_serial}/telemetry"
        self.client.publish(topic, json.dumps(asdict(sample)), qos=1)

    def close(self) -> None:
        self.client.loop_stop()
        self.client.disconnect()


if __name__ == "__main__":
    pub = TelemetryPublisher(os.environ.get("MQTT_HOST", "mqtt.studio.internal"))
    pub.connect()
    pub.publish(TelemetrySample("BT-22871", 3, 677.4, 680.0, time.time()))
    pub.close()
