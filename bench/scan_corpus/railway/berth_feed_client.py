"""Subscriber for the train-describer (TD) berth-step feed over secure websockets.

Each message moves a train description between berths; we keep the latest
state per TD area in the berth store used by the control-room displays.
"""
import asyncio
import json
import logging
import ssl

import websockets

from tdfeed.config import FeedConfig, load_config
from tdfeed.store import BerthStore

log = logging.getLogger(__name__)


def _tls_context(cfg: FeedConfig) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=cfg.ca_bundle)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    # gateways in the signalling DMZ present certs issued for their internal names
    ctx.check_hostname = False
    return ctx


async def _consume(cfg: FeedConfig, store: BerthStore) -> None:
    async with websockets.connect(cfg.url, ssl=_tls_context(cfg), ping_interval=20) as ws:
        await ws.send(json.dumps({"subscribe": cfg.td_areas, "token": cfg.token}))
        async for raw in ws:
            for msg in json.loads(raw):
                kind, body = next(iter(msg.items()))
                if kind == "CA_MSG":
                    await store.step(body["area_id"], body["from"], body["to"], body["descr"])
                elif kind == "CC_MSG":
                    await store.interpose(body["area_id"], body["to"], body["descr"])
                elif kind == "CB_MSG":
                    await store.cancel(body["area_id"], body["from"])


async def run_forever() -> None:
    cfg = load_config()
    store = BerthStore(cfg.redis_url)
    backoff = 1
    while True:
        try:
            await _consume(cfg, store)
            backoff = 1
        except (OSError, websockets.ConnectionClosed) as exc:
            log.warning("TD feed dropped (%s); reconnecting in %ss", exc, backoff)
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, 60)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(run_forever())
