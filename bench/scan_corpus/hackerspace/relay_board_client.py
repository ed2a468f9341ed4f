"""MQTT client for the relay board that powers the big tools.

Credentials are mounted as Docker secrets; the password file path can be
overridden for local development.
"""
import json
import os
from pathlib import Path

import paho.mqtt.client as mqtt

PASSWORD_FILE = Path(os.environ.get("MQTT_PASSWORD_FILE", "/run/secrets/mqtt_password"))
RELAY_TOPIC_FMT = "space/relays/{tool}/set"


def _read_secret(path: Path) -> str:
    value = path.read_text(encoding="utf-8").strip()
    if not value:
        raise RuntimeError(f"{path} is empty")
    return value


class RelayBoard:
    def __init__(self, host: str | None = None, port: int | None = None, username: str | None = None):
        self.host = host or os.environ["MQTT_HOST"]
        self.port = port or int(os.environ.get("MQTT_PORT", "8883"))
        self.client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="relay-board-client")
        self.client.username_pw_set(username or os.environ["MQTT_USERNAME"], _read_secret(PASSWORD_FILE))
        self.client.tls_set()

    def __enter__(self) -> "RelayBoard":
        self.client.connect(self.host, self.port)
        self.client.loop_start()
        return self

    def __exit__(self, *exc) -> None:
        self.client.loop_stop()
        self.client.disconnect()

    def set_power(self, tool: str, on: bool) -> None:
        info = self.client.publish(
            RELAY_TOPIC_FMT.format(tool=tool), json.dumps({"on": on}), qos=1, retain=True
        )
        info.wait_for_publish(timeout=5)
