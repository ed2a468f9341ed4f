"""Collect 1-wire temperature readings around the workshop and ship them to Graphite.

Runs as a systemd service on the Raspberry Pi next to the electronics bench.
"""
import glob
import logging
import socket
import time
from pathlib import Path

log = logging.getLogger(__name__)

W1_GLOB = "/sys/bus/w1/devices/28-*/w1_slave"
CARBON = ("51.158.74.19", 2003)
PREFIX = "hackerspace.sensors.temp"
INTERVAL = 60


def read_ds18b20(path):
    lines = Path(path).read_text().splitlines()
    if len(lines) < 2 or not lines[0].endswith("YES"):
        return None
    _, _, raw = lines[1].partition("t=")
    return int(raw) / 1000.0 if raw else None


def collect():
    readings = {}
    for path in glob.glob(W1_GLOB):
        sensor_id = Path(path).parent.name.replace("-", "_")
        value = read_ds18b20(path)
        if value is not None:
            readings[sensor_id] = value
    return readings


def send(readings, now=None):
    now = int(now or time.time())
    payload = "".join(f"{PREFIX}.{sid} {val:.2f} {now}\n" for sid, val in readings.items())
    with socket.create_connection(CARBON, timeout=5) as sock:
        sock.sendall(payload.encode("ascii"))


def run_forever():
    while True:
        started = time.monotonic()
        try:
            readings = collect()
            if readings:
                send(readings)
                log.debug("sent %d readings", len(readings))
        except OSError as exc:
            log.warning("upload failed: %s", exc)
        time.sleep(max(0, INTERVAL - (time.monotonic() - started)))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run_forever()
