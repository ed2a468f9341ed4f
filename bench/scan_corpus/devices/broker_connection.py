"""Async MQTT connection used by the desktop dashboard to watch site brokers."""
import os
import ssl
from contextlib import asynccontextmanager
from typing import Awaitable, Callable

import aiomqtt


def build_tls_context(ca_file: str | None = None) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


@asynccontextmanager
async def broker_session(host: str, port: int = 8883, ca_file: str | None = None):
    async with aiomqtt.Client(
        hostname=host,
        port=port,
        username=os.environ.get("DASH_MQTT_USER"),
        password=os.environ.get("DASH_MQTT_PASSWORD"),
        tls_context=build_tls_context(ca_file),
        keepalive=30,
    ) as client:
        yield client


async def watch(
    host: str,
    topics: list[str],
    handler: Callable[[str, bytes], Awaitable[None]],
    ca_file: str | None = None,
) -> None:
    async with broker_session(host, ca_file=ca_file) as client:
        for topic in topics:
            await client.subscribe(topic, qos=1)
        async for message in client.messages:
            await handler(str(message.topic), bytes(message.payload))
