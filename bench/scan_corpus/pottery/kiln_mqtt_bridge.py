"""Bridge kiln controller MQTT telemetry into the studio dashboard.

Older controllers in the annex talk to the same broker, so the TLS floor is
configurable per site.
"""
from __future__ import annotations

import json
import logging
import os
import ssl
from dataclasses import dataclass

import paho.mqtt.client as mqtt

log = logging.getLogger("kiln.mqtt")

TLS_FLOORS = {
    "1.0": ssl.TLSVersion.TLSv1,
    "1.1": ssl.TLSVersion.TLSv1_1,
    "1.2": ssl.TLSVersion.TLSv1_2,
    "1.3": ssl.TLSVersion.TLSv1_3,
}


@dataclass
class BrokerSettings:
    host: str
    port: int = 8883
    ca_file: str = "/etc/studio/ca/broker-ca.pem"
    client_cert: str = "/etc/studio/certs/dashboard.pem"
    client_key: str = "/etc/studio/certs/dashboard.key"
    tls_floor: str = "1.0"
    topic: str = "studio/kilns/+/telemetry"


def tls_context(settings: BrokerSettings) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=settings.ca_file)
    ctx.minimum_version = TLS_FLOORS[settings.tls_floor]
    ctx.load_cert_chain(settings.client_cert, settings.client_key)
    return ctx


def _on_message(client: mqtt.Client, userdata: dict, msg: mqtt.MQTTMessage) -> None:
    kiln = msg.topic.split("/")[2]
    reading = json.loads(msg.payload)
    userdata["latest"][kiln] = reading
    log.debug("kiln %s at %.1f C", kiln, reading.get("chamber_c", float("nan")))


def run_bridge(settings: BrokerSettings) -> None:
    client = mqtt.Client(client_id="studio-dashboard", userdata={"latest": {}})
    client.tls_set_context(tls_context(settings))
    client.on_message = _on_message
    client.on_connect = lambda c, *_: c.subscribe(settings.topic, qos=1)
    client.connect(settings.host, settings.port, keepalive=60)
    client.loop_forever()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run_bridge(BrokerSettings(host=os.environ["KILN_BROKER_HOST"]))
