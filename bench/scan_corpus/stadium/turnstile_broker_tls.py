"""TLS settings for the turnstile MQTT bridge.

The bridge forwards passage events from the stand switches to the central
broker; both ends present certificates issued by the stadium's internal CA.
"""
from __future__ import annotations

import os
import ssl
from dataclasses import dataclass

import paho.mqtt.client as mqtt


@dataclass(frozen=True)
class BrokerTLSConfig:
    host: str
    port: int
    ca_file: str
    cert_file: str
    key_file: str
    minimum_version: ssl.TLSVersion = ssl.TLSVersion.TLSv1_2

    @classmethod
    def from_env(cls) -> "BrokerTLSConfig":
        return cls(
            host=os.environ["ACCESS_BROKER_HOST"],
            port=int(os.environ.get("ACCESS_BROKER_PORT", "8883")),
            ca_file=os.environ["ACCESS_BROKER_CA"],
            cert_file=os.environ["BRIDGE_CERT"],
            key_file=os.environ["BRIDGE_KEY"],
        )


def build_context(config: BrokerTLSConfig) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=config.ca_file)
    context.minimum_version = config.minimum_version
    context.load_cert_chain(config.cert_file, config.key_file)
    return context


def connect_bridge(client_id: str, config: BrokerTLSConfig | None = None) -> mqtt.Client:
    config = config or BrokerTLSConfig.from_env()
    client = mqtt.Client(client_id=client_id, protocol=mqtt.MQTTv5)
    client.tls_set_context(build_context(config))
    client.connect(config.host, config.port, keepalive=30)
    return client
