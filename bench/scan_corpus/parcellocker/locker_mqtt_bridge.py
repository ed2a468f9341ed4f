"""Bridge locker controller MQTT topics into the door-events queue."""
from __future__ import annotations

import json
import logging
import os
import ssl
from dataclasses import dataclass, field

import paho.mqtt.client as mqtt

from .queue import publish_door_event

log = logging.getLogger("bridge.mqtt")


@dataclass
class BrokerConfig:
    host: str = field(default_factory=lambda: os.environ["LOCKER_MQTT_HOST"])
    port: int = 8883
    username: str = "locker-bridge"
    password: str = "Lk7#vQ2pX!mR9wZt"
    topic: str = "lockers/+/doors/+"
    ca_file: str = "/etc/locker-bridge/ca.crt"


def _on_connect(client: mqtt.Client, userdata: BrokerConfig, flags, rc) -> None:
    if rc != 0:
        log.error("broker refused connection rc=%s", rc)
        return
    client.subscribe(userdata.topic, qos=1)
    log.info("subscribed to %s", userdata.topic)


def _on_message(client: mqtt.Client, userdata: BrokerConfig, msg: mqtt.MQTTMessage) -> None:
    _, locker_id, _, compartment = msg.topic.split("/")
    try:
        payload = json.loads(msg.payload)
    except ValueError:
        log.warning("dropping malformed payload on %s", msg.topic)
        return
    publish_door_event(locker_id=locker_id, compartment=int(compartment), **payload)


def build_client(cfg: BrokerConfig) -> mqtt.Client:
    client = mqtt.Client(client_id="door-bridge-1", userdata=cfg)
    client.username_pw_set(cfg.username, cfg.password)
    client.tls_set(ca_certs=cfg.ca_file, tls_version=ssl.PROTOCOL_TLS_CLIENT)
    client.on_connect = _on_connect
    client.on_message = _on_message
    return client


def run(cfg: BrokerConfig | None = None) -> None:
    cfg = cfg or BrokerConfig()
    client = build_client(cfg)
    client.connect(cfg.host, cfg.port, keepalive=30)
    client.loop_forever()


if __name__ == "__main__":
    run()
