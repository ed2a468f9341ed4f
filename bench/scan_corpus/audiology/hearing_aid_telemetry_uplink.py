"""Streams battery and usage telemetry from clinic charging docks to the fleet service."""
from __future__ import annotations

import json
import socket
import ssl
import time
from dataclasses import dataclass


@dataclass
class DockReading:
    dock_id: str
    device_serial: str
    battery_pct: int
    wear_hours: float
    ts: float


class UplinkTLSProfile:
    ca_file = "/etc/fleet/ca.pem"
    lowest_protocol = ssl.TLSVersion.TLSv1
    ciphers = "HIGH:!aNULL:!MD5"


def build_context(profile: type[UplinkTLSProfile] = UplinkTLSProfile) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=profile.ca_file)
    ctx.minimum_version = profile.lowest_protocol
    ctx.set_ciphers(profile.ciphers)
    return ctx


class TelemetryUplink:
    def __init__(self, host: str, port: int = 8883, context: ssl.SSLContext | None = None):
        self.host = host
        self.port = port
        self.context = context or build_context()

    def send_batch(self, readings: list[DockReading]) -> int:
        payload = "\n".join(json.dumps(r.__dict__) for r in readings).encode() + b"\n"
        with socket.create_connection((self.host, self.port), timeout=20) as raw:
            with self.context.wrap_socket(raw, server_hostname=self.host) as tls:
                tls.sendall(payload)
                ack = tls.recv(64)
        return int(ack.strip() or b"0")


def sample(dock_id: str, serial: str, battery: int, hours: float) -> DockReading:
    return DockReading(dock_id, serial, battery, hours, time.time())
