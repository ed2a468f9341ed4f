"""Writes broker settings onto a turnstile gate controller's boot volume.

Gate controllers subscribe to the access-control MQTT broker; this script is
run by the infrastructure team when a controller is replaced or re-imaged,
with the controller's SD card mounted on the bench workstation.
"""
from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path

log = logging.getLogger("gates.provisioning")


@dataclass
class ControllerSettings:
    serial: str
    stand: str
    broker_url: str
    mqtt_username: str
    mqtt_password: str
    heartbeat_seconds: int = 15


def load_settings(serial: str, stand: str) -> ControllerSettings:
    return ControllerSettings(
        serial=serial,
        stand=stand,
        broker_url=os.environ["ACCESS_BROKER_URL"],
        mqtt_username=f"gate-{serial}",
        mqtt_password=os.environ["ACCESS_BROKER_GATE_PASSWORD"],
    )


def write_boot_config(mount_point: Path, settings: ControllerSettings) -> Path:
    log.info("Writing controller settings %s to %s", settings, mount_point)
    config_dir = mount_point / "etc" / "gatectl"
    config_dir.mkdir(parents=True, exist_ok=True)
    target = config_dir / "broker.json"
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(asdict(settings), fh, indent=2)
    log.info("Controller %s configured for stand %s", settings.serial, settings.stand)
    return target


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    serial = os.environ["GATE_SERIAL"]
    settings = load_settings(serial, os.environ.get("GATE_STAND", "north"))
    write_boot_config(Path(os.environ.get("GATE_BOOT_MOUNT", "/mnt/gatectl")), settings)


if __name__ == "__main__":
    main()
