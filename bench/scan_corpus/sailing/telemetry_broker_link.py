"""MQTT link between a yacht's onboard computer and the fleet telemetry broker."""

import json
import logging
import os
import time
from urllib.parse import quote

import paho.mqtt.client as mqtt

logger = logging.getLogger("boat.telemetry")

BROKER = {
    "host": os.environ["TELEMETRY_BROKER_HOST"],
    "port": int(os.environ.get("TELEMETRY_BROKER_PORT", "8883")),
    "username": os.environ["TELEMETRY_BROKER_USER"],
    "password": os.environ["TELEMETRY_BROKER_PASSWORD"],
    "keepalive": 60,
}


def broker_uri(cfg: dict) -> str:
    user = quote(cfg["username"], safe="")
    secret = quote(cfg["password"], safe="")
    return f"mqtts://{user}:{secret}@{cfg['host']}:{cfg['port']}"


class TelemetryLink:
    def __init__(self, boat_id: str, cfg: dict = BROKER) -> None:
        self.boat_id = boat_id
        self.cfg = cfg
        self.client = mqtt.Client(client_id=f"boat-{boat_id}", clean_session=False)
        self.client.username_pw_set(cfg["username"], cfg["password"])
        self.client.tls_set()
        self.client.on_connect = self._on_connect
        self.client.on_disconnect = self._on_disconnect

    def _on_connect(self, client, userdata, flags, rc):
        if rc == 0:
            logger.info("boat %s connected to telemetry broker", self.boat_id)
            client.subscribe(f"fleet/{self.boat_id}/commands", qos=1)
        else:
            logger.warning("broker refused boat %s (rc=%s)", self.boat_id, rc)

    def _on_disconnect(self, client, userdata, rc):
        if rc != 0:
            logger.warning("boat %s lost broker connection (rc=%s)", self.boat_id, rc)

    def connect(self) -> None:
        logger.info("opening telemetry link for %s via %s", self.boat_id, broker_uri(self.cfg))
        self.client.connect(self.cfg["host"], self.cfg["port"], self.cfg["keepalive"])
        self.client.loop_start()

    def publish_reading(self, sensor: str, value: float, unit: str) -> None:
        payload = {
            "boat": self.boat_id,
            "sensor": sensor,
            "value": value,
            "unit": unit,
            "ts": int(time.time()),
        }
        self.client.publish(
            f"fleet/{self.boat_id}/telemetry/{sensor}", json.dumps(payload), qos=1
        )

    def close(self) -> None:
        self.client.loop_stop()
        self.client.disconnect()
