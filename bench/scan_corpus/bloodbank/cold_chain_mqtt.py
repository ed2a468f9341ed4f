"""MQTT listener for cold-chain sensor gateways.

Gateways in each storage room publish fridge, freezer and agitator
temperatures every 30 seconds on ``coldchain/<site>/<device>/temp``.
"""
import json
import logging
import os
import ssl

import paho.mqtt.client as mqtt

log = logging.getLogger("coldchain.mqtt")

BROKER = {
    "host": os.environ["COLDCHAIN_MQTT_HOST"],
    "port": int(os.environ.get("COLDCHAIN_MQTT_PORT", "8883")),
    "ca_file": os.environ.get("COLDCHAIN_MQTT_CA", "/etc/bloodbank/mqtt-ca.pem"),
    # the Tempmate gateways in the satellite sites still run firmware 2.x
    "tls_min": ssl.TLSVersion.TLSv1,
    "topic": "coldchain/+/+/temp",
}


def _tls_context(cfg: dict) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=cfg["ca_file"])
    ctx.minimum_version = cfg["tls_min"]
    return ctx


def _on_message(client, userdata, msg):
    _, site, device, _ = msg.topic.split("/")
    reading = json.loads(msg.payload)
    userdata["sink"].record(site=site, device=device,
                            celsius=float(reading["t"]), ts=reading["ts"])


def run(sink) -> None:
    client = mqtt.Client(client_id="coldchain-ingest", userdata={"sink": sink})
    client.username_pw_set(os.environ["COLDCHAIN_MQTT_USER"],
                           os.environ["COLDCHAIN_MQTT_PASSWORD"])
    client.tls_set_context(_tls_context(BROKER))
    client.on_message = _on_message
    client.connect(BROKER["host"], BROKER["port"], keepalive=60)
    client.subscribe(BROKER["topic"], qos=1)
    log.info("subscribed to %s", BROKER["topic"])
    client.loop_forever()
