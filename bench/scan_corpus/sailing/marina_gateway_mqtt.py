"""Bridges the marina shore-power meters onto the company MQTT broker."""

import json
import logging
import os
import time
from urllib.parse import quote, urlsplit, urlunsplit

import paho.mqtt.client as mqtt

logger = logging.getLogger("marina.power")


def broker_url_from_env() -> str:
    user = quote(os.environ["MARINA_MQTT_USER"], safe="")
    secret = quote(os.environ["MARINA_MQTT_PASSWORD"], safe="")
    host = os.environ["MARINA_MQTT_HOST"]
    port = os.environ.get("MARINA_MQTT_PORT", "8883")
    return f"mqtts://{user}:{secret}@{host}:{port}"


def redact(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = f"{parts.username}:***@{parts.hostname}"
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit(parts._replace(netloc=netloc))


class ShorePowerBridge:
    def __init__(self, marina: str, url: str) -> None:
        self.marina = marina
        self.url = url
        parts = urlsplit(url)
        self._host = parts.hostname
        self._port = parts.port or 8883
        self.client = mqtt.Client(client_id=f"marina-{marina}")
        self.client.username_pw_set(parts.username, parts.password)
        self.client.tls_set()

    def start(self) -> None:
        logger.info("marina %s bridging meters to %s", self.marina, redact(self.url))
        self.client.connect(self._host, self._port, keepalive=60)
        self.client.loop_start()

    def push_meter(self, berth: str, kwh: float, amps: float) -> None:
        topic = f"marinas/{self.marina}/berths/{berth}/power"
        body = json.dumps({"kwh": round(kwh, 3), "amps": round(amps, 2)})
        info = self.client.publish(topic, body, qos=1)
        if info.rc != mqtt.MQTT_ERR_SUCCESS:
            logger.warning("meter reading for berth %s not queued (rc=%s)", berth, info.rc)

    def stop(self) -> None:
        self.client.loop_stop()
        self.client.disconnect()


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    bridge = ShorePowerBridge(os.environ["MARINA_CODE"], broker_url_from_env())
    bridge.start()
    try:
        while True:
            time.sleep(60)
    except KeyboardInterrupt:
        bridge.stop()


if __name__ == "__main__":
    main()
