"""MQTT subscriber for live vehicle telemetry.

Vehicles publish to ``fleet/<region>/<vin>/telemetry``. The broker requires
mutual TLS; the client certificate for this service is mounted from the
secrets volume.
"""
import json
import logging
import os
import ssl

import paho.mqtt.client as mqtt

log = logging.getLogger(__name__)

BROKER_HOST = os.environ["TELEMETRY_BROKER_HOST"]
BROKER_PORT = int(os.environ.get("TELEMETRY_BROKER_PORT", "8883"))
CERT_DIR = os.environ.get("TELEMETRY_CERT_DIR", "/run/secrets/telemetry")
TOPIC = "fleet/+/+/telemetry"


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=os.path.join(CERT_DIR, "ca.pem"))
    ctx.load_cert_chain(
        os.path.join(CERT_DIR, "client.pem"),
        os.path.join(CERT_DIR, "client.key"),
    )
    # 2016-2018 TCUs bridge through the same broker listener
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


def _on_connect(client, userdata, flags, rc):
    if rc != 0:
        log.error("broker refused connection: rc=%s", rc)
        return
    client.subscribe(TOPIC, qos=1)


def _on_message(client, userdata, msg):
    _, region, vin, _ = msg.topic.split("/")
    try:
        payload = json.loads(msg.payload)
    except ValueError:
        log.warning("dropping malformed telemetry from %s", vin)
        return
    userdata["sink"].write(region=region, vin=vin, sample=payload)


def run(sink) -> None:
    client = mqtt.Client(client_id=f"telemetry-ingest-{os.getpid()}", userdata={"sink": sink})
    client.tls_set_context(_tls_context())
    client.on_connect = _on_connect
    client.on_message = _on_message
    client.connect(BROKER_HOST, BROKER_PORT, keepalive=60)
    client.loop_forever()
