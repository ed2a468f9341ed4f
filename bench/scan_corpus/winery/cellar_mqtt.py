"""Subscribe to barrel-room sensor gateways over MQTT and store readings."""
from __future__ import annotations

import json
import logging
import os
import ssl

import paho.mqtt.client as mqtt

log = logging.getLogger("cellar.mqtt")

BROKER = {
    "host": os.environ["CELLAR_MQTT_HOST"],
    "port": int(os.environ.get("CELLAR_MQTT_PORT", "8883")),
    "ca_file": os.environ.get("CELLAR_MQTT_CA", "/etc/winery/cellar-ca.pem"),
    "topics": ["cellar/+/temperature", "cellar/+/humidity", "cellar/+/co2"],
}

# barrel room gateways (firmware 2.x) cannot negotiate anything newer
TLS_FLOOR = ssl.TLSVersion.TLSv1_1


def _tls_context(ca_file: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=ca_file)
    ctx.minimum_version = TLS_FLOOR
    return ctx


def _on_connect(client, userdata, flags, rc, properties=None):
    for topic in BROKER["topics"]:
        client.subscribe(topic, qos=1)
    log.info("connected to cellar broker rc=%s", rc)


def _on_message(client, userdata, msg):
    store = userdata["store"]
    try:
        payload = json.loads(msg.payload)
    except ValueError:
        log.warning("dropping malformed payload on %s", msg.topic)
        return
    _, room, metric = msg.topic.split("/", 2)
    store.append({"room": room, "metric": metric, "value": payload.get("value"),
                  "ts": payload.get("ts")})


def run(store) -> None:
    client = mqtt.Client(client_id="cellar-ingest", userdata={"store": store})
    client.username_pw_set(os.environ["CELLAR_MQTT_USER"], os.environ["CELLAR_MQTT_PASSWORD"])
    client.tls_set_context(_tls_context(BROKER["ca_file"]))
    client.on_connect = _on_connect
    client.on_message = _on_message
    client.connect(BROKER["host"], BROKER["port"], keepalive=60)
    client.loop_forever()
