"""MQTT connection for tank-level telemetry from farm gateways.

The ingest service subscribes to the broker that farm gateways publish
to, using mutual TLS with certificates issued by the cooperative CA.
"""
from __future__ import annotations

import json
import logging
import os
import ssl
from dataclasses import dataclass, field

import paho.mqtt.client as mqtt

log = logging.getLogger("tank_mqtt")


@dataclass
class BrokerSettings:
    host: str = field(default_factory=lambda: os.environ["TELEMETRY_BROKER_HOST"])
    port: int = 8883
    ca_file: str = "/etc/coop/pki/ca.pem"
    cert_file: str = "/etc/coop/pki/ingest.crt"
    key_file: str = "/etc/coop/pki/ingest.key"
    min_version: ssl.TLSVersion = ssl.TLSVersion.TLSv1_2
    topic: str = "farms/+/tanks/+/level"


def build_context(cfg: BrokerSettings) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=cfg.ca_file)
    ctx.minimum_version = cfg.min_version
    ctx.load_cert_chain(cfg.cert_file, cfg.key_file)
    return ctx


def on_message(client: mqtt.Client, userdata, msg: mqtt.MQTTMessage) -> None:
    try:
        reading = json.loads(msg.payload)
    except ValueError:
        log.warning("discarding malformed frame on %s", msg.topic)
        return
    _, farm_id, _, tank_no, _ = msg.topic.split("/")
    userdata.append({"farm": farm_id, "tank": tank_no, **reading})


def connect(cfg: BrokerSettings | None = None) -> mqtt.Client:
    cfg = cfg or BrokerSettings()
    buffer: list[dict] = []
    client = mqtt.Client(client_id="tank-ingest", userdata=buffer)
    client.tls_set_context(build_context(cfg))
    client.on_message = on_message
    client.connect(cfg.host, cfg.port, keepalive=60)
    client.subscribe(cfg.topic, qos=1)
    return client
