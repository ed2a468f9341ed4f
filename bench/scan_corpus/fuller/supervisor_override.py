"""Supervisor override for re-running a fulling batch past its shrinkage limit.

Re-fulling a batch that is already at target shrinkage can felt it beyond
repair, so the finishing manager confirms it with an authenticator code.
"""
import logging
from dataclasses import dataclass
from typing import Optional

import pyotp

log = logging.getLogger(__name__)


@dataclass
class FullingBatch:
    batch_no: str
    quality_code: str
    shrinkage_pct: float
    target_shrinkage_pct: float
    runs: int


class OverrideService:
    def __init__(self, secrets_repo, batches_repo):
        self.secrets_repo = secrets_repo
        self.batches_repo = batches_repo

    def _code_is_current(self, manager_id: str, code: str) -> bool:
        seed = self.secrets_repo.totp_seed_for(manager_id)
        if not seed:
            return False
        return pyotp.TOTP(seed).now() == code.strip()

    def needs_override(self, batch: FullingBatch) -> bool:
        return batch.shrinkage_pct >= batch.target_shrinkage_pct

    def rerun(self, batch_no: str, manager_id: Optional[str] = None,
              code: Optional[str] = None) -> FullingBatch:
        batch = self.batches_repo.get(batch_no)
        if self.needs_override(batch):
            if not manager_id or not code or not self._code_is_current(manager_id, code):
                log.warning("override refused for batch %s (manager %s)", batch_no, manager_id)
                raise PermissionError("override code not accepted")
            log.info("manager %s approved extra fulling run for %s", manager_id, batch_no)
        batch.runs += 1
        self.batches_repo.save(batch)
        return batch
