"""Pushes firmware images to meeting-room display tablets via adb over the LAN.

Used by facilities staff from the ops laptop when a new display build ships.
"""
from __future__ import annotations

import argparse
import ipaddress
import logging
import subprocess
import sys
from pathlib import Path

log = logging.getLogger("displays.firmware")

ADB = "adb"
REMOTE_PATH = "/sdcard/Download/display-update.apk"


def _adb(serial: str, *args: str, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [ADB, "-s", serial, *args],
        check=True,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def device_serial(address: str, port: int = 5555) -> str:
    return f"{ipaddress.ip_address(address)}:{int(port)}"


def push_firmware(address: str, image: Path) -> str:
    if image.suffix != ".apk" or not image.is_file():
        raise ValueError(f"not a display build: {image}")
    serial = device_serial(address)
    subprocess.run([ADB, "connect", serial], check=True, capture_output=True, timeout=30)
    _adb(serial, "push", str(image), REMOTE_PATH)
    result = _adb(serial, "shell", "pm", "install", "-r", REMOTE_PATH)
    log.info("installed %s on %s: %s", image.name, serial, result.stdout.strip())
    return result.stdout.strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("image", type=Path)
    parser.add_argument("addresses", nargs="+")
    args = parser.parse_args(argv)
    failures = 0
    for address in args.addresses:
        try:
            push_firmware(address, args.image)
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, ValueError) as exc:
            failures += 1
            log.error("display %s failed: %s", address, exc)
    return 1 if failures else 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
