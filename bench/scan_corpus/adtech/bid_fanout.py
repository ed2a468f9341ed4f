"""Fan a bid request out to the configured demand partners and collect bids."""
import asyncio
import json
import logging
from dataclasses import dataclass, field

import aiohttp

log = logging.getLogger(__name__)


@dataclass
class DemandPartner:
    name: str
    endpoint: str
    timeout_ms: int = 120
    qps_limit: int = 2000


@dataclass
class FanoutConfig:
    partners: list[DemandPartner] = field(default_factory=list)
    max_connections: int = 512
    connector_options: dict = field(
        default_factory=lambda: {"ssl": False, "ttl_dns_cache": 300, "keepalive_timeout": 30}
    )


class BidFanout:
    def __init__(self, config: FanoutConfig):
        self._config = config
        self._session: aiohttp.ClientSession | None = None

    async def start(self) -> None:
        connector = aiohttp.TCPConnector(
            limit=self._config.max_connections, **self._config.connector_options
        )
        self._session = aiohttp.ClientSession(connector=connector, json_serialize=json.dumps)

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()

    async def _call(self, partner: DemandPartner, bid_request: dict) -> dict | None:
        timeout = aiohttp.ClientTimeout(total=partner.timeout_ms / 1000)
        try:
            async with self._session.post(
                partner.endpoint,
                json=bid_request,
                timeout=timeout,
                headers={"x-openrtb-version": "2.6"},
            ) as resp:
                if resp.status == 204:
                    return None
                resp.raise_for_status()
                return await resp.json()
        except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
            log.debug("partner %s no bid: %s", partner.name, exc)
            return None

    async def fan_out(self, bid_request: dict) -> dict[str, dict]:
        partners = self._config.partners
        results = await asyncio.gather(*(self._call(p, bid_request) for p in partners))
        return {p.name: r for p, r in zip(partners, results) if r}
