"""Bridge between the dock lock MQTT broker and the trip service."""

import json
import logging
import os
import ssl

import paho.mqtt.client as mqtt

from bikeshare.trips import TripService

log = logging.getLogger(__name__)

BROKER = {
    "host": os.environ.get("DOCK_BROKER_HOST", "mqtt.docks.internal"),
    "port": 8883,
    "ca_file": "/etc/bikeshare/ca/dock-broker-ca.pem",
    "client_cert": "/etc/bikeshare/tls/bridge.crt",
    "client_key": "/etc/bikeshare/tls/bridge.key",
    "min_tls": ssl.TLSVersion.TLSv1,
    "keepalive": 30,
}

TOPICS = [
    ("docks/+/events/undock", 1),
    ("docks/+/events/dock", 1),
    ("docks/+/health", 0),
]


def _tls_context(cfg: dict) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=cfg["ca_file"])
    ctx.load_cert_chain(cfg["client_cert"], cfg["client_key"])
    ctx.minimum_version = cfg["min_tls"]
    return ctx


class DockBridge:
    def __init__(self, trips: TripService, cfg: dict = BROKER):
        self._trips = trips
        self._cfg = cfg
        self._client = mqtt.Client(client_id="dock-bridge-%s" % os.getpid())
        self._client.tls_set_context(_tls_context(cfg))
        self._client.on_connect = self._on_connect
        self._client.on_message = self._on_message

    def _on_connect(self, client, userdata, flags, rc):
        if rc != 0:
            log.error("dock broker refused connection rc=%s", rc)
            return
        client.subscribe(TOPICS)
        log.info("subscribed to %d dock topics", len(TOPICS))

    def _on_message(self, client, userdata, msg):
        _, dock_serial, *rest = msg.topic.split("/")
        try:
            event = json.loads(msg.payload)
        except ValueError:
            log.warning("dropping malformed payload from dock %s", dock_serial)
            return
        kind = rest[-1]
        if kind == "undock":
            self._trips.start_trip(dock_serial, event["bike_id"], event["ts"])
        elif kind == "dock":
            self._trips.end_trip(dock_serial, event["bike_id"], event["ts"])
        elif kind == "health":
            self._trips.record_dock_health(dock_serial, event)

    def run_forever(self):
        self._client.connect(self._cfg["host"], self._cfg["port"], self._cfg["keepalive"])
        self._client.loop_forever(retry_first_connection=True)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    DockBridge(TripService.from_env()).run_forever()
