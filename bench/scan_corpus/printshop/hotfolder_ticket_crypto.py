"""Seals job tickets written to the RIP hot folders.

Each ticket file is ``nonce || ciphertext``; the job id is bound in as
associated data so a ticket cannot be renamed onto another job.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


class TicketSealer:
    NONCE_BYTES = 12

    def __init__(self, key: bytes) -> None:
        self._aead = ChaCha20Poly1305(key)

    @classmethod
    def from_env(cls) -> "TicketSealer":
        return cls(bytes.fromhex(os.environ["RIP_TICKET_KEY"]))

    def seal(self, job_id: str, payload: bytes) -> bytes:
        nonce = os.urandom(self.NONCE_BYTES)
        return nonce + self._aead.encrypt(nonce, payload, job_id.encode("utf-8"))

    def unseal(self, job_id: str, blob: bytes) -> bytes:
        nonce, ciphertext = blob[: self.NONCE_BYTES], blob[self.NONCE_BYTES :]
        return self._aead.decrypt(nonce, ciphertext, job_id.encode("utf-8"))


def drop_ticket(hot_folder: Path, job_id: str, ticket: dict, sealer: TicketSealer) -> Path:
    target = hot_folder / f"{job_id}.tkt"
    tmp = target.with_suffix(".part")
    tmp.write_bytes(sealer.seal(job_id, json.dumps(ticket).encode("utf-8")))
    tmp.rename(target)
    return target
