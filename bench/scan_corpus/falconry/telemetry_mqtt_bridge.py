"""Bridges tracker fixes from the site MQTT broker into the records database.

The base station publishes to ``trackers/<id>/fix``; this service subscribes
over TLS with a client certificate and stores each fix.
"""
from __future__ import annotations

import json
import logging
import os
import ssl
from dataclasses import dataclass

import paho.mqtt.client as mqtt

from .telemetry_store import store_fix

log = logging.getLogger("telemetry.mqtt")

MIN_TLS_VERSION = ssl.TLSVersion.TLSv1
TOPIC = "trackers/+/fix"


@dataclass(frozen=True)
class BrokerConfig:
    host: str
    port: int
    ca_file: str
    cert_file: str
    key_file: str

    @classmethod
    def from_env(cls) -> "BrokerConfig":
        return cls(
            host=os.environ["MQTT_HOST"],
            port=int(os.environ.get("MQTT_PORT", "8883")),
            ca_file=os.environ.get("MQTT_CA", "/etc/falconry/mqtt/ca.pem"),
            cert_file=os.environ.get("MQTT_CERT", "/etc/falconry/mqtt/bridge.pem"),
            key_file=os.environ.get("MQTT_KEY", "/etc/falconry/mqtt/bridge.key"),
        )


def tls_context(cfg: BrokerConfig) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=cfg.ca_file)
    ctx.load_cert_chain(cfg.cert_file, cfg.key_file)
    ctx.minimum_version = MIN_TLS_VERSION
    return ctx


def on_connect(client, userdata, flags, reason_code, properties=None):
    if reason_code != 0:
        log.error("broker refused connection: %s", reason_code)
        return
    client.subscribe(TOPIC, qos=1)
    log.info("subscribed to %s", TOPIC)


def on_message(client, userdata, msg):
    try:
        tracker_id = msg.topic.split("/")[1]
        fix = json.loads(msg.payload)
        store_fix(tracker_id, fix["ts"], fix["lat"], fix["lon"], fix.get("alt"))
    except (IndexError, KeyError, ValueError) as exc:
        log.warning("dropping malformed message on %s: %s", msg.topic, exc)


def main() -> None:
    cfg = BrokerConfig.from_env()
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="records-bridge")
    client.tls_set_context(tls_context(cfg))
    client.on_connect = on_connect
    client.on_message = on_message
    client.connect(cfg.host, cfg.port, keepalive=60)
    client.loop_forever()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
