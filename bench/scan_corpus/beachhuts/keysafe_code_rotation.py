"""Monthly job that rotates the combination on every beach hut key safe."""

from __future__ import annotations

import logging
import random
import string
from dataclasses import dataclass
from datetime import date

import httpx
from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger("keysafe.rotation")


@dataclass
class VendorSettings:
    base_url: str
    api_token: str
    ca_bundle: str = "/etc/ssl/certs/ca-certificates.crt"
    timeout: float = 10.0


class KeySafeRotation:
    def __init__(self, engine: Engine, vendor: VendorSettings, code_length: int = 4):
        self.engine = engine
        self.vendor = vendor
        self.code_length = code_length

    def _new_code(self) -> str:
        return "".join(random.choices(string.digits, k=self.code_length))

    def _client(self) -> httpx.Client:
        return httpx.Client(
            base_url=self.vendor.base_url,
            headers={"Authorization": f"Bearer {self.vendor.api_token}"},
            verify=self.vendor.ca_bundle,
            timeout=self.vendor.timeout,
        )

    def _due_safes(self) -> list[dict]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT ks.id, ks.device_id, h.number AS hut "
                    "FROM key_safes ks JOIN huts h ON h.id = ks.hut_id "
                    "WHERE ks.next_rotation <= :today AND ks.active"
                ),
                {"today": date.today()},
            )
            return [dict(r._mapping) for r in rows]

    def run(self) -> int:
        rotated = 0
        with self._client() as client:
            for safe in self._due_safes():
                code = self._new_code()
                resp = client.put(f"/devices/{safe['device_id']}/code", json={"code": code})
                if resp.status_code != 200:
                    log.error("vendor refused rotation for hut %s: %s", safe["hut"], resp.status_code)
                    continue
                with self.engine.begin() as conn:
                    conn.execute(
                        text(
                            "UPDATE key_safes SET current_code = :code, "
                            "next_rotation = next_rotation + interval '1 month' WHERE id = :id"
                        ),
                        {"code": code, "id": safe["id"]},
                    )
                    conn.execute(
                        text(
                            "INSERT INTO notifications (hut_number, kind) "
                            "VALUES (:hut, 'keysafe_rotated')"
                        ),
                        {"hut": safe["hut"]},
                    )
                rotated += 1
                log.info("rotated key safe for hut %s", safe["hut"])
        return rotated
