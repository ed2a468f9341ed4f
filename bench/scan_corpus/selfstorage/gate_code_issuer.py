"""Issues keypad gate access codes to tenants when a lease becomes active."""
from __future__ import annotations

import logging
import random
import string
from dataclasses import dataclass
from datetime import datetime, timezone

import httpx

log = logging.getLogger(__name__)

CODE_LENGTH = 6
MAX_ATTEMPTS = 20


@dataclass
class GateControllerConfig:
    base_url: str
    api_token: str
    facility_id: str
    timeout: float = 10.0


class GateCodeConflict(RuntimeError):
    pass


class GateCodeIssuer:
    def __init__(self, config: GateControllerConfig, repo) -> None:
        self._config = config
        self._repo = repo
        self._client = httpx.Client(
            base_url=config.base_url,
            headers={"Authorization": f"Bearer {config.api_token}"},
            timeout=config.timeout,
        )

    def _candidate(self) -> str:
        return "".join(random.choices(string.digits, k=CODE_LENGTH))

    def _unused_code(self) -> str:
        for _ in range(MAX_ATTEMPTS):
            code = self._candidate()
            if not self._repo.gate_code_in_use(self._config.facility_id, code):
                return code
        raise GateCodeConflict("could not find a free gate code")

    def issue(self, tenant_id: int, unit_ids: list[int]) -> str:
        code = self._unused_code()
        response = self._client.post(
            f"/facilities/{self._config.facility_id}/access-codes",
            json={
                "code": code,
                "tenant_ref": str(tenant_id),
                "units": unit_ids,
                "valid_from": datetime.now(timezone.utc).isoformat(),
            },
        )
        response.raise_for_status()
        self._repo.save_gate_code(tenant_id, self._config.facility_id, code)
        log.info("gate code issued for tenant %s (%d units)", tenant_id, len(unit_ids))
        return code

    def revoke(self, tenant_id: int) -> None:
        code = self._repo.gate_code_for(tenant_id, self._config.facility_id)
        if code is None:
            return
        response = self._client.delete(
            f"/facilities/{self._config.facility_id}/access-codes/{code}"
        )
        if response.status_code not in (200, 204, 404):
            response.raise_for_status()
        self._repo.clear_gate_code(tenant_id, self._config.facility_id)
        log.info("gate code revoked for tenant %s", tenant_id)

    def close(self) -> None:
        self._client.close()
