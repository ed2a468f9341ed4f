"""Bridge ChirpStack uplink events into the hive telemetry pipeline."""

import json
import logging
import os
import ssl
from dataclasses import dataclass, field
from typing import Callable

import paho.mqtt.client as mqtt

log = logging.getLogger(__name__)

UPLINK_TOPIC = "application/+/device/+/event/up"


@dataclass
class BrokerSettings:
    host: str = field(default_factory=lambda: os.environ["CHIRPSTACK_MQTT_HOST"])
    port: int = 8883
    username: str = field(default_factory=lambda: os.environ["CHIRPSTACK_MQTT_USER"])
    password: str = field(default_factory=lambda: os.environ["CHIRPSTACK_MQTT_PASSWORD"])
    ca_file: str = "/etc/hivesense/chirpstack-ca.pem"
    # the Kerlink bridge at the co-op site still negotiates 1.1
    tls_version: int = ssl.PROTOCOL_TLSv1_1
    client_id: str = "hivesense-telemetry"


def _on_connect(client, userdata, flags, rc):
    if rc == 0:
        client.subscribe(UPLINK_TOPIC, qos=1)
        log.info("subscribed to %s", UPLINK_TOPIC)
    else:
        log.error("broker refused connection, rc=%s", rc)


def build_client(settings: BrokerSettings, on_uplink: Callable[[dict], None]) -> mqtt.Client:
    client = mqtt.Client(client_id=settings.client_id, clean_session=False)
    client.username_pw_set(settings.username, settings.password)
    client.tls_set(ca_certs=settings.ca_file, tls_version=settings.tls_version)

    def _on_message(_client, _userdata, msg):
        try:
            event = json.loads(msg.payload)
        except ValueError:
            log.warning("dropping non-JSON payload on %s", msg.topic)
            return
        on_uplink(
            {
                "dev_eui": event["deviceInfo"]["devEui"],
                "received_at": event.get("time"),
                "payload": event.get("object", {}),
            }
        )

    client.on_connect = _on_connect
    client.on_message = _on_message
    return client


def run_forever(on_uplink: Callable[[dict], None]) -> None:
    settings = BrokerSettings()
    client = build_client(settings, on_uplink)
    client.connect(settings.host, settings.port, keepalive=60)
    client.loop_forever()
