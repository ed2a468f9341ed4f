"""Two-way sync between our job board and the main contractor's programme.

The main contractor publishes a programme feed per site with the plastering
packages and their planned dates. We pull it, compare versions and checksums
and only push status changes back when something actually moved.
"""
import hashlib
import logging
import os
from dataclasses import dataclass
from typing import Optional

import httpx

log = logging.getLogger(__name__)
PROGRAMME_API = os.environ.get("PROGRAMME_API", "https://programme.example-contractor.co.uk/api")


@dataclass
class PackageState:
    package_id: str
    status: str
    version: int
    checksum: str


def checksum(doc: dict) -> str:
    fields = f"{doc['package_id']}|{doc['status']}|{doc['planned_start']}|{doc['planned_end']}"
    return hashlib.sha256(fields.encode()).hexdigest()


async def sync_package(client: httpx.AsyncClient, local: PackageState) -> Optional[PackageState]:
    resp = await client.get(f"{PROGRAMME_API}/packages/{local.package_id}", timeout=10)
    resp.raise_for_status()
    remote = resp.json()

    if remote["version"] == local.version and checksum(remote) == local.checksum:
        return None  # nothing changed on either side

    if remote["status"] == "on_hold" and local.status != "on_hold":
        log.info("package %s put on hold by main contractor", local.package_id)
        return PackageState(local.package_id, "on_hold", remote["version"], checksum(remote))

    if local.status == "complete" and remote["status"] != "complete":
        await client.patch(
            f"{PROGRAMME_API}/packages/{local.package_id}",
            json={"status": "complete", "if_version": remote["version"]},
            timeout=10,
        )
        log.info("pushed completion of %s", local.package_id)
    return PackageState(local.package_id, remote["status"], remote["version"], checksum(remote))
