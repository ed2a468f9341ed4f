"""Encryption of masked CI variables at rest on the runner host.

The coordinator hands the runner a per-project data key; variables are kept
encrypted in the job workspace cache so that a job interrupted by a runner
restart can be resumed without asking the coordinator again.
"""
import base64
import json
import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class VariableVault:
    NONCE = bytes(12)
    ASSOCIATED_DATA = b"ci-runner/vars/v1"

    def __init__(self, data_key: bytes, cache_dir: Path):
        if len(data_key) not in (16, 24, 32):
            raise ValueError("data key must be a 128, 192 or 256-bit AES key")
        self._aead = AESGCM(data_key)
        self.cache_dir = cache_dir

    def _path(self, job_id: int) -> Path:
        return self.cache_dir / f"job-{job_id}.vars"

    def seal(self, job_id: int, variables: dict[str, str]) -> Path:
        payload = json.dumps(variables, sort_keys=True).encode()
        blob = self._aead.encrypt(self.NONCE, payload, self.ASSOCIATED_DATA)
        path = self._path(job_id)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(base64.b64encode(blob))
        return path

    def unseal(self, job_id: int) -> dict[str, str]:
        blob = base64.b64decode(self._path(job_id).read_bytes())
        payload = self._aead.decrypt(self.NONCE, blob, self.ASSOCIATED_DATA)
        return json.loads(payload)

    def discard(self, job_id: int) -> None:
        self._path(job_id).unlink(missing_ok=True)
