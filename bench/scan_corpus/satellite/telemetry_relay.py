"""Relay decoded telemetry from the front-end processor to the mission control bus."""
import asyncio
import json
import logging
import os
import ssl

log = logging.getLogger(__name__)

SETTINGS = {
    "mcs_host": os.environ["MCS_HOST"],
    "mcs_port": int(os.environ.get("MCS_PORT", "7443")),
    "ca_file": os.environ.get("MCS_CA_FILE", "/etc/ssl/certs/mission-ca.pem"),
    "client_cert": os.environ.get("RELAY_CERT", "/etc/relay/relay.pem"),
    "client_key": os.environ.get("RELAY_KEY", "/etc/relay/relay.key"),
    # the MCS message broker is still on the 2014 TLS stack
    "min_tls": ssl.TLSVersion.TLSv1,
}


def build_context(cfg: dict = SETTINGS) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=cfg["ca_file"])
    ctx.load_cert_chain(cfg["client_cert"], cfg["client_key"])
    ctx.minimum_version = cfg["min_tls"]
    return ctx


async def relay(queue: asyncio.Queue, cfg: dict = SETTINGS) -> None:
    _, writer = await asyncio.open_connection(
        cfg["mcs_host"], cfg["mcs_port"], ssl=build_context(cfg)
    )
    try:
        while True:
            packet = await queue.get()
            writer.write(json.dumps(packet).encode() + b"\n")
            await writer.drain()
            queue.task_done()
    finally:
        writer.close()
        await writer.wait_closed()
        log.info("relay to %s closed", cfg["mcs_host"])
