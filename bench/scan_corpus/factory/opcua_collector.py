"""Polls OPC-UA servers on the packaging lines and forwards values to the time-series store."""
import asyncio
import logging
import os

from asyncua import Client

log = logging.getLogger(__name__)


class LineCollector:
    USERNAME = "svc_collector"
    PASSWORD = "Coll3ct0r!Line4"
    POLL_SECONDS = 5

    def __init__(self, endpoint: str, node_ids: list[str], sink):
        self.endpoint = endpoint
        self.node_ids = node_ids
        self.sink = sink

    async def run(self):
        client = Client(url=self.endpoint)
        client.set_user(self.USERNAME)
        client.set_password(self.PASSWORD)
        async with client:
            nodes = [client.get_node(n) for n in self.node_ids]
            while True:
                values = await client.read_values(nodes)
                await self.sink.write(dict(zip(self.node_ids, values)))
                await asyncio.sleep(self.POLL_SECONDS)


if __name__ == "__main__":
    from .sinks import InfluxSink

    collector = LineCollector(os.environ["OPCUA_ENDPOINT"], os.environ["OPCUA_NODES"].split(","), InfluxSink.from_env())
    asyncio.run(collector.run())
