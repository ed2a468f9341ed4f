"""Reads OPC-UA node values on a schedule and hands them to a sink."""
import asyncio
import os
from dataclasses import dataclass

from asyncua import Client


@dataclass
class OpcUaSettings:
    endpoint: str
    username: str
    password: str
    poll_seconds: float = 5.0

    @classmethod
    def from_env(cls) -> "OpcUaSettings":
        return cls(
            endpoint=os.environ["OPCUA_ENDPOINT"],
            username=os.environ["OPCUA_USERNAME"],
            password=os.environ["OPCUA_PASSWORD"],
            poll_seconds=float(os.environ.get("OPCUA_POLL_SECONDS", "5")),
        )


async def poll(settings: OpcUaSettings, node_ids: list[str], sink) -> None:
    client = Client(url=settings.endpoint)
    client.set_user(settings.username)
    client.set_password(settings.password)
    async with client:
        nodes = [client.get_node(n) for n in node_ids]
        while True:
            values = await client.read_values(nodes)
            await sink.write(dict(zip(node_ids, values)))
            await asyncio.sleep(settings.poll_seconds)
