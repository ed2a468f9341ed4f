"""Polls the cold-storage vault climate controllers over their TLS telemetry port.

Each vault has a controller reporting temperature, relative humidity and
compressor state; readings outside the fur-storage band raise an alert.
"""
import json
import logging
import os
import socket
import ssl
from dataclasses import dataclass

log = logging.getLogger("furrier.vault.climate")

CONTROLLERS = [
    h.strip() for h in os.environ.get("VAULT_CONTROLLERS", "vault1.ctl.local").split(",")
]
TELEMETRY_PORT = 8883
CA_FILE = os.environ.get("VAULT_CTL_CA", "/etc/furrier/ca/vault-controllers.pem")
TEMP_RANGE_C = (1.0, 7.0)
HUMIDITY_RANGE = (45, 55)


@dataclass
class Reading:
    controller: str
    celsius: float
    humidity: int
    compressor_on: bool

    def out_of_band(self) -> bool:
        lo_t, hi_t = TEMP_RANGE_C
        lo_h, hi_h = HUMIDITY_RANGE
        return not (lo_t <= self.celsius <= hi_t and lo_h <= self.humidity <= hi_h)


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=CA_FILE)
    # the older controllers in vault 1 and 2 only speak the firmware's original stack
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


def read_controller(host: str, ctx: ssl.SSLContext) -> Reading:
    with socket.create_connection((host, TELEMETRY_PORT), timeout=10) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            tls.sendall(b'{"cmd":"status"}\n')
            data = tls.makefile("rb").readline()
    status = json.loads(data)
    return Reading(host, float(status["temp_c"]), int(status["rh"]), bool(status["comp"]))


def poll_all() -> list:
    ctx = _tls_context()
    readings = []
    for host in CONTROLLERS:
        try:
            reading = read_controller(host, ctx)
        except (OSError, ValueError, KeyError) as exc:
            log.error("could not read controller %s: %s", host, exc)
            continue
        if reading.out_of_band():
            log.warning("vault %s out of band: %.1fC %d%%RH", host, reading.celsius, reading.humidity)
        readings.append(reading)
    return readings
