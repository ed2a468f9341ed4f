"""MQTT link between the studio gateway and the kilnhire telemetry broker.

Controllers publish readings on ``kilns/<id>/telemetry``; the gateway relays
them to the hosted broker over TLS with a client certificate.
"""
from __future__ import annotations

import json
import logging
import ssl
from dataclasses import dataclass

import paho.mqtt.client as mqtt

log = logging.getLogger(__name__)

MIN_TLS_VERSION = ssl.TLSVersion.TLSv1


@dataclass(frozen=True)
class BrokerSettings:
    host: str
    port: int = 8883
    ca_file: str = "/etc/kilnhire/broker-ca.pem"
    cert_file: str = "/etc/kilnhire/gateway.crt"
    key_file: str = "/etc/kilnhire/gateway.key"
    client_id: str = "studio-gateway"


def _tls_context(settings: BrokerSettings) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=settings.ca_file)
    ctx.load_cert_chain(settings.cert_file, settings.key_file)
    ctx.minimum_version = MIN_TLS_VERSION
    return ctx


class TelemetryRelay:
    def __init__(self, settings: BrokerSettings):
        self.settings = settings
        self.client = mqtt.Client(client_id=settings.client_id)
        self.client.tls_set_context(_tls_context(settings))
        self.client.on_connect = self._on_connect

    def _on_connect(self, client, userdata, flags, rc):
        if rc != 0:
            log.error("broker refused connection: rc=%s", rc)
        else:
            log.info("connected to telemetry broker %s", self.settings.host)

    def connect(self) -> None:
        self.client.connect(self.settings.host, self.settings.port, keepalive=60)
        self.client.loop_start()

    def publish_reading(self, kiln_id: str, reading: dict) -> None:
        payload = json.dumps(reading, separators=(",", ":"))
        info = self.client.publish(f"kilns/{kiln_id}/telemetry", payload, qos=1)
        info.wait_for_publish(timeout=10)

    def close(self) -> None:
        self.client.loop_stop()
        self.client.disconnect()
