"""Load MQTT broker credentials for locker controllers from the provisioning volume."""
from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path

DEFAULT_CRED_FILE = Path("/run/secrets/locker-mqtt.json")
PASSWORD_FIELD = "password"
USERNAME_FIELD = "username"


@dataclass(frozen=True)
class MqttCredentials:
    username: str
    password: str
    client_cert: Path
    client_key: Path

    def __repr__(self) -> str:
        return f"MqttCredentials(username={self.username!r}, password=***)"


def _check_permissions(path: Path) -> None:
    mode = path.stat().st_mode
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise PermissionError(f"{path} must not be readable by group or others")


def load_credentials(path: Path | None = None) -> MqttCredentials:
    path = path or Path(os.environ.get("LOCKER_MQTT_CREDENTIALS", DEFAULT_CRED_FILE))
    _check_permissions(path)
    data = json.loads(path.read_text())
    return MqttCredentials(
        username=data[USERNAME_FIELD],
        password=data[PASSWORD_FIELD],
        client_cert=Path(data["client_cert"]),
        client_key=Path(data["client_key"]),
    )


def apply_to(client, creds: MqttCredentials) -> None:
    client.username_pw_set(creds.username, creds.password)
    client.tls_set(certfile=str(creds.client_cert), keyfile=str(creds.client_key))
