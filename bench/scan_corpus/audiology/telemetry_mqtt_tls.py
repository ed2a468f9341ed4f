"""MQTT publisher for hearing-aid usage telemetry from the companion app relay."""
from __future__ import annotations

import json
import ssl
from dataclasses import dataclass, field

import paho.mqtt.client as mqtt


@dataclass(frozen=True)
class BrokerTLS:
    ca_certs: str = "/etc/telemetry/broker-ca.pem"
    certfile: str = "/etc/telemetry/relay.crt"
    keyfile: str = "/etc/telemetry/relay.key"
    floor: ssl.TLSVersion = ssl.TLSVersion.TLSv1_2


@dataclass
class BrokerSettings:
    host: str = "telemetry.clearsound-clinics.example"
    port: int = 8883
    topic_prefix: str = "fleet/usage"
    tls: BrokerTLS = field(default_factory=BrokerTLS)


def tls_context(tls: BrokerTLS) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=tls.ca_certs)
    ctx.minimum_version = tls.floor
    ctx.load_cert_chain(tls.certfile, tls.keyfile)
    return ctx


class UsagePublisher:
    def __init__(self, settings: BrokerSettings | None = None) -> None:
        self.settings = settings or BrokerSettings()
        self.client = mqtt.Client(client_id="usage-relay", clean_session=True)
        self.client.tls_set_context(tls_context(self.settings.tls))

    def connect(self) -> None:
        self.client.connect(self.settings.host, self.settings.port, keepalive=60)
        self.client.loop_start()

    def publish(self, device_serial: str, hours_worn: float, programs: dict[str, float]) -> None:
        topic = f"{self.settings.topic_prefix}/{device_serial}"
        payload = json.dumps({"hours": hours_worn, "programs": programs})
        self.client.publish(topic, payload, qos=1)

    def close(self) -> None:
        self.client.loop_stop()
        self.client.disconnect()
