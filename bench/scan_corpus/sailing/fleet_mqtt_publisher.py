"""Publishes engine and battery telemetry from a charter yacht to the fleet broker."""

import json
import logging
import os
import time
from dataclasses import dataclass

import paho.mqtt.client as mqtt

log = logging.getLogger("boat.publisher")


def _setting(name: str, default: str) -> str:
    return os.environ.get(name, default)


@dataclass
class BrokerConfig:
    host: str
    port: int
    username: str
    password: str

    @classmethod
    def load(cls) -> "BrokerConfig":
        return cls(
            host=os.environ["FLEET_MQTT_HOST"],
            port=int(_setting("FLEET_MQTT_PORT", "8883")),
            username=_setting("FLEET_MQTT_USER", "fleet-telemetry"),
            password=_setting("FLEET_MQTT_PASSWORD", "Sp1nnaker#Fleet24"),
        )


class TelemetryPublisher:
    def __init__(self, boat_id: str, config: BrokerConfig) -> None:
        self.boat_id = boat_id
        self.config = config
        self.client = mqtt.Client(client_id=f"pub-{boat_id}")
        self.client.username_pw_set(config.username, config.password)
        self.client.tls_set()

    def start(self) -> None:
        self.client.connect(self.config.host, self.config.port, keepalive=60)
        self.client.loop_start()
        log.info("publisher for %s connected to %s", self.boat_id, self.config.host)

    def publish(self, engine_hours: float, battery_v: float, fuel_pct: float) -> None:
        payload = json.dumps({
            "engine_hours": round(engine_hours, 1),
            "battery_v": round(battery_v, 2),
            "fuel_pct": round(fuel_pct, 1),
            "ts": int(time.time()),
        })
        self.client.publish(f"fleet/{self.boat_id}/engine", payload, qos=1, retain=True)

    def stop(self) -> None:
        self.client.loop_stop()
        self.client.disconnect()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    publisher = TelemetryPublisher(os.environ["BOAT_ID"], BrokerConfig.load())
    publisher.start()
    try:
        while True:
            publisher.publish(0.0, 12.6, 100.0)
            time.sleep(60)
    except KeyboardInterrupt:
        publisher.stop()
