"""Licence check client used by the lock keeper handheld app.

The registry token is read from the environment and sent only to the
registry itself as a bearer token; request bodies carry the boat's index
number and nothing else from the device.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import httpx
from dotenv import load_dotenv

log = logging.getLogger("handheld.licence")


@dataclass(frozen=True)
class CheckResult:
    index_no: str
    valid: bool
    boat_name: str | None = None
    message: str = ""


class LicenceCheckClient:
    def __init__(self, base_url: str, token: str, timeout: float = 8.0) -> None:
        self._client = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {token}"},
            timeout=timeout,
        )

    @classmethod
    def from_env(cls) -> "LicenceCheckClient":
        load_dotenv()
        return cls(os.environ["LICENCE_REGISTRY_URL"], os.environ["LICENCE_REGISTRY_TOKEN"])

    def check(self, index_no: str, lock_id: str) -> CheckResult:
        index_no = index_no.strip().upper()
        resp = self._client.post("/v2/checks", json={"index_no": index_no, "location": lock_id})
        if resp.status_code == 404:
            return CheckResult(index_no, False, message="no licence on record")
        resp.raise_for_status()
        data = resp.json()
        return CheckResult(
            index_no=index_no,
            valid=bool(data["valid"]),
            boat_name=data.get("boat_name"),
            message=data.get("message", ""),
        )

    def close(self) -> None:
        self._client.close()


def check_many(index_numbers: list[str], lock_id: str) -> list[CheckResult]:
    client = LicenceCheckClient.from_env()
    try:
        results = [client.check(n, lock_id) for n in index_numbers]
    finally:
        client.close()
    invalid = sum(1 for r in results if not r.valid)
    log.info("checked %d boats at %s, %d without a valid licence", len(results), lock_id, invalid)
    return results
