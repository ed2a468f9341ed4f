"""Bridge ride telemetry from the on-site MQTT broker into the event bus."""
import json
import logging
import os
import ssl

import paho.mqtt.client as mqtt

log = logging.getLogger(__name__)

BROKER_HOST = os.environ["TELEMETRY_BROKER_HOST"]
BROKER_PORT = int(os.environ.get("TELEMETRY_BROKER_PORT", "8883"))
CA_BUNDLE = os.environ.get("TELEMETRY_CA", "/etc/park/pki/ride-ca.pem")
TOPICS = [("rides/+/telemetry", 1), ("rides/+/estop", 2)]


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=CA_BUNDLE)
    ctx.load_cert_chain(os.environ["TELEMETRY_CLIENT_CERT"], os.environ["TELEMETRY_CLIENT_KEY"])
    # the Wave Swinger and Log Flume gateways run an old embedded stack
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


class TelemetryBridge:
    def __init__(self, publisher):
        self._publisher = publisher
        self._client = mqtt.Client(client_id=f"bridge-{os.getpid()}")
        self._client.tls_set_context(_tls_context())
        self._client.on_connect = self._on_connect
        self._client.on_message = self._on_message

    def _on_connect(self, client, userdata, flags, rc):
        if rc != 0:
            log.error("broker refused connection rc=%s", rc)
            return
        client.subscribe(TOPICS)

    def _on_message(self, client, userdata, msg):
        _, ride_code, kind = msg.topic.split("/")
        try:
            reading = json.loads(msg.payload)
        except ValueError:
            log.warning("dropping malformed frame from %s", ride_code)
            return
        self._publisher.publish(f"telemetry.{kind}", {"ride": ride_code, **reading})

    def run(self):
        self._client.connect(BROKER_HOST, BROKER_PORT, keepalive=30)
        self._client.loop_forever()
