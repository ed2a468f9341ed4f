"""Client used by inspector handhelds to push inspection records to the depot."""
import logging
from dataclasses import dataclass

import requests

from wheeltapper.handheld.config import DeviceConfig
from wheeltapper.handheld.queue import OutboundQueue

log = logging.getLogger("wheeltapper.handheld.sync")


@dataclass
class SyncResult:
    sent: int
    rejected: int


class DepotSyncClient:
    def __init__(self, config: DeviceConfig, queue: OutboundQueue):
        self._config = config
        self._queue = queue
        self._session = requests.Session()
        self._session.headers.update({
            "Authorization": f"Bearer {config.sync_token}",
            "X-Device-Serial": config.device_serial,
            "User-Agent": f"wheeltapper-handheld/{config.app_version}",
        })

    def _post(self, path: str, payload: dict) -> requests.Response:
        url = f"{self._config.server_url}{path}"
        log.debug("POST %s headers=%s", url, dict(self._session.headers))
        return self._session.post(url, json=payload, timeout=self._config.timeout)

    def push(self, batch_size: int = 50) -> SyncResult:
        sent = rejected = 0
        for batch in self._queue.batches(batch_size):
            resp = self._post("/api/v2/inspections", {"records": [r.as_dict() for r in batch]})
            if resp.status_code == 200:
                self._queue.ack(batch)
                sent += len(batch)
            elif resp.status_code == 422:
                self._queue.quarantine(batch, resp.json().get("errors", []))
                rejected += len(batch)
            else:
                log.warning("sync halted: HTTP %s", resp.status_code)
                break
        return SyncResult(sent=sent, rejected=rejected)

    def heartbeat(self) -> bool:
        resp = self._post("/api/v2/heartbeat", {"battery": self._config.battery_level()})
        return resp.ok
