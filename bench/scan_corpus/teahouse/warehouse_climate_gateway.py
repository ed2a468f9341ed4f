"""MQTT subscriber for temperature and humidity probes in the bonded tea warehouses."""
from __future__ import annotations

import json
import logging
import os
import ssl
from dataclasses import dataclass
from typing import Callable

import paho.mqtt.client as mqtt

log = logging.getLogger("warehouse.climate")


@dataclass(frozen=True)
class BrokerSettings:
    host: str
    port: int = 8883
    topic: str = "warehouse/+/climate"
    ca_file: str = "/etc/teahouse/ca/warehouse-broker.pem"
    min_tls: ssl.TLSVersion = ssl.TLSVersion.TLSv1
    client_id: str = "climate-ingest"


def _tls_context(settings: BrokerSettings) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=settings.ca_file)
    ctx.minimum_version = settings.min_tls
    return ctx


def build_client(
    settings: BrokerSettings, on_reading: Callable[[str, dict], None]
) -> mqtt.Client:
    client = mqtt.Client(client_id=settings.client_id)
    client.tls_set_context(_tls_context(settings))
    client.username_pw_set(
        os.environ["CLIMATE_MQTT_USER"], os.environ["CLIMATE_MQTT_PASSWORD"]
    )

    def _on_connect(cl: mqtt.Client, userdata, flags, rc) -> None:
        if rc == 0:
            cl.subscribe(settings.topic, qos=1)
            log.info("subscribed to %s", settings.topic)
        else:
            log.error("broker refused connection rc=%s", rc)

    def _on_message(cl: mqtt.Client, userdata, msg: mqtt.MQTTMessage) -> None:
        try:
            reading = json.loads(msg.payload)
        except ValueError:
            log.warning("discarding malformed payload on %s", msg.topic)
            return
        warehouse = msg.topic.split("/")[1]
        on_reading(warehouse, reading)

    client.on_connect = _on_connect
    client.on_message = _on_message
    return client


def run_forever(on_reading: Callable[[str, dict], None]) -> None:
    settings = BrokerSettings(host=os.environ.get("CLIMATE_MQTT_HOST", "mqtt.warehouse.lan"))
    client = build_client(settings, on_reading)
    client.connect(settings.host, settings.port, keepalive=60)
    client.loop_forever()
