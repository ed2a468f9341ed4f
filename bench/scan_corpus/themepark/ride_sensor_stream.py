"""Async reader for the vibration-sensor stream on the coaster lift motors.

Sensors push newline-delimited JSON over mutual TLS to the edge collector.
"""
import asyncio
import json
import os
import ssl
from typing import AsyncIterator

SETTINGS = {
    "host": os.environ["SENSOR_HUB_HOST"],
    "port": int(os.environ.get("SENSOR_HUB_PORT", "9443")),
    "ca": os.environ.get("SENSOR_HUB_CA", "/etc/park/pki/ride-ca.pem"),
    "cert": os.environ.get("SENSOR_CLIENT_CERT", "/etc/park/pki/collector.crt"),
    "key": os.environ.get("SENSOR_CLIENT_KEY", "/etc/park/pki/collector.key"),
    "min_tls": ssl.TLSVersion.TLSv1_2,
}


def build_context(cfg: dict = SETTINGS) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=cfg["ca"])
    ctx.minimum_version = cfg["min_tls"]
    ctx.load_cert_chain(cfg["cert"], cfg["key"])
    return ctx


async def readings(ride_code: str, cfg: dict = SETTINGS) -> AsyncIterator[dict]:
    reader, writer = await asyncio.open_connection(
        cfg["host"], cfg["port"], ssl=build_context(cfg), server_hostname=cfg["host"])
    try:
        writer.write(json.dumps({"subscribe": ride_code}).encode() + b"\n")
        await writer.drain()
        while line := await reader.readline():
            yield json.loads(line)
    finally:
        writer.close()
        await writer.wait_closed()


async def _print_peaks(ride_code: str, threshold: float) -> None:
    async for r in readings(ride_code):
        if r.get("rms_g", 0) > threshold:
            print(f"{r['ts']} {r['sensor']} rms={r['rms_g']:.2f}g")


if __name__ == "__main__":
    asyncio.run(_print_peaks(os.environ.get("RIDE", "COASTER1"), 1.5))
