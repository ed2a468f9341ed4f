"""Connectivity diagnostics for field controllers, triggered from the support console.

Support staff pick a controller in the portal and the worker runs a short
reachability check against the controller's configured management address.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)

PING_COUNT = 3
PING_TIMEOUT_S = 2


@dataclass
class DiagnosticResult:
    controller_id: str
    reachable: bool
    output: str


class ControllerDiagnostics:
    def __init__(self, repo) -> None:
        self.repo = repo

    async def _ping(self, address: str) -> tuple[int, str]:
        cmd = f"ping -c {PING_COUNT} -W {PING_TIMEOUT_S} {address}"
        proc = await asyncio.create_subprocess_shell(
            cmd,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
        out, _ = await proc.communicate()
        return proc.returncode, out.decode(errors="replace")

    async def check(self, controller_id: str) -> DiagnosticResult:
        controller = await self.repo.get_controller(controller_id)
        # management address is entered by the installer in the portal's device settings
        address = controller.settings.get("mgmt_address") or controller.last_seen_ip
        rc, output = await self._ping(address)
        log.info("diagnostics for %s finished rc=%s", controller_id, rc)
        return DiagnosticResult(controller_id=controller_id, reachable=rc == 0, output=output)

    async def check_many(self, controller_ids: list[str]) -> list[DiagnosticResult]:
        return await asyncio.gather(*(self.check(cid) for cid in controller_ids))
