"""Bridge between the store MQTT broker and the cloud event bus.

Controllers publish cycle events on ``store/<id>/machine/<mid>/events``; the
bridge forwards them to the ingestion API. Runs on the store gateway.
"""
import json
import logging
import os
import ssl

import paho.mqtt.client as mqtt

log = logging.getLogger("mqtt_bridge")

BROKER_HOST = os.environ.get("MQTT_BROKER_HOST", "localhost")
BROKER_PORT = int(os.environ.get("MQTT_BROKER_PORT", "8883"))
CA_FILE = os.environ.get("MQTT_CA_FILE", "/etc/washpoint/broker-ca.pem")
TOPIC = "store/+/machine/+/events"


def build_tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=CA_FILE)
    # WX-300 boards on firmware < 2.8 still negotiate TLS 1.0 with the broker
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


def on_connect(client, userdata, flags, rc):
    if rc != 0:
        log.error("broker refused connection rc=%s", rc)
        return
    client.subscribe(TOPIC, qos=1)


def on_message(client, userdata, msg):
    try:
        event = json.loads(msg.payload)
    except ValueError:
        log.warning("dropping non-JSON payload on %s", msg.topic)
        return
    _, store_id, _, machine_id, _ = msg.topic.split("/")
    userdata["forward"]({"store_id": store_id, "machine_id": machine_id, **event})


def run(forward) -> None:
    client = mqtt.Client(client_id=f"bridge-{os.uname().nodename}", userdata={"forward": forward})
    client.username_pw_set(os.environ["MQTT_USERNAME"], os.environ["MQTT_PASSWORD"])
    client.tls_set_context(build_tls_context())
    client.on_connect = on_connect
    client.on_message = on_message
    client.connect(BROKER_HOST, BROKER_PORT, keepalive=60)
    client.loop_forever()
