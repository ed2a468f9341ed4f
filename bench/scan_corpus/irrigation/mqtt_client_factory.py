"""Factory for MQTT clients used by the portal's command publisher and alert workers."""

from __future__ import annotations

import os
import ssl
from dataclasses import dataclass

import paho.mqtt.client as mqtt


@dataclass(frozen=True)
class BrokerConfig:
    host: str
    port: int
    ca_file: str
    cert_file: str
    key_file: str
    client_id: str

    @classmethod
    def from_env(cls, client_id: str) -> "BrokerConfig":
        return cls(
            host=os.environ["MQTT_HOST"],
            port=int(os.environ.get("MQTT_PORT", "8883")),
            ca_file=os.environ["MQTT_CA_FILE"],
            cert_file=os.environ["MQTT_CLIENT_CERT"],
            key_file=os.environ["MQTT_CLIENT_KEY"],
            client_id=client_id,
        )


def make_client(cfg: BrokerConfig, clean_session: bool = True) -> mqtt.Client:
    client = mqtt.Client(client_id=cfg.client_id, clean_session=clean_session)
    client.tls_set(
        ca_certs=cfg.ca_file,
        certfile=cfg.cert_file,
        keyfile=cfg.key_file,
        cert_reqs=ssl.CERT_REQUIRED,
        tls_version=ssl.PROTOCOL_TLS_CLIENT,
    )
    client.tls_insecure_set(False)
    client.reconnect_delay_set(min_delay=1, max_delay=60)
    return client


def connect(cfg: BrokerConfig) -> mqtt.Client:
    client = make_client(cfg)
    client.connect(cfg.host, cfg.port, keepalive=45)
    client.loop_start()
    return client
