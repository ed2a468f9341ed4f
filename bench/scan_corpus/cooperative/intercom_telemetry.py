"""Publishes intercom and door-entry telemetry to the building broker."""
import json
import os
import ssl
import time

import paho.mqtt.client as mqtt

BROKER_HOST = os.environ["TELEMETRY_BROKER_HOST"]
BROKER_PORT = int(os.environ.get("TELEMETRY_BROKER_PORT", "8883"))
CA_FILE = os.environ.get("TELEMETRY_BROKER_CA", "/etc/coop/broker-ca.pem")

# Old intercom panels speak TLSv1 only; they go through the on-site gateway,
# never directly to this broker.
MIN_TLS = ssl.TLSVersion.TLSv1_2


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=CA_FILE)
    ctx.minimum_version = MIN_TLS
    return ctx


def make_client(building: str) -> mqtt.Client:
    client = mqtt.Client(client_id=f"intercom-{building}")
    client.username_pw_set(os.environ["TELEMETRY_USER"], os.environ["TELEMETRY_PASSWORD"])
    client.tls_set_context(_tls_context())
    client.connect(BROKER_HOST, BROKER_PORT, keepalive=60)
    client.loop_start()
    return client


def publish_reading(client: mqtt.Client, building: str, panel: str, reading: dict) -> None:
    topic = f"coop/{building}/intercom/{panel}/telemetry"
    payload = json.dumps({"ts": int(time.time()), **reading})
    client.publish(topic, payload, qos=1)
