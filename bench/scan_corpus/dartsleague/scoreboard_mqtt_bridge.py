"""Bridges live leg scores onto the MQTT broker that drives the venue TVs.

Each venue TV is a Raspberry Pi subscribed to ``league/<venue>/scoreboard``;
the bridge publishes a retained message whenever a leg score changes.
"""
from __future__ import annotations

import json
import os
import ssl
from dataclasses import dataclass, field

import paho.mqtt.client as mqtt


@dataclass(frozen=True)
class BrokerSettings:
    host: str = field(default_factory=lambda: os.environ["SCOREBOARD_MQTT_HOST"])
    port: int = field(default_factory=lambda: int(os.environ.get("SCOREBOARD_MQTT_PORT", "8883")))
    username: str = field(default_factory=lambda: os.environ["SCOREBOARD_MQTT_USER"])
    password: str = field(default_factory=lambda: os.environ["SCOREBOARD_MQTT_PASSWORD"])
    ca_file: str | None = field(default_factory=lambda: os.environ.get("SCOREBOARD_MQTT_CA"))


def tls_context(ca_file: str | None) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


class ScoreboardBridge:
    def __init__(self, settings: BrokerSettings | None = None) -> None:
        self._settings = settings or BrokerSettings()
        self._client = mqtt.Client(client_id="dartsleague-scoreboard-bridge")
        self._client.username_pw_set(self._settings.username, self._settings.password)
        self._client.tls_set_context(tls_context(self._settings.ca_file))

    def connect(self) -> None:
        self._client.connect(self._settings.host, self._settings.port, keepalive=30)
        self._client.loop_start()

    def publish_leg(self, venue: str, board: int, home: dict, away: dict) -> None:
        payload = {
            "board": board,
            "home": {"name": home["name"], "remaining": home["remaining"], "legs": home["legs"]},
            "away": {"name": away["name"], "remaining": away["remaining"], "legs": away["legs"]},
        }
        self._client.publish(
            f"league/{venue}/scoreboard/{board}", json.dumps(payload), qos=1, retain=True
        )

    def close(self) -> None:
        self._client.loop_stop()
        self._client.disconnect()
