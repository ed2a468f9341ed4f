"""One-time codes sent by SMS before a client downloads a certified copy."""
import logging
import secrets
from dataclasses import dataclass
from typing import Protocol

log = logging.getLogger(__name__)

CODE_TTL = 600
MAX_ATTEMPTS = 5


class Cache(Protocol):
    def get(self, key: str): ...
    def set(self, key: str, value, timeout: int) -> None: ...
    def delete(self, key: str) -> None: ...
    def incr(self, key: str) -> int: ...


class SmsGateway(Protocol):
    def send(self, to: str, text: str) -> None: ...


@dataclass
class DownloadChallenge:
    cache: Cache
    sms: SmsGateway

    def _key(self, copy_id: int, client_id: int) -> str:
        return f"copy-otp:{copy_id}:{client_id}"

    def start(self, copy_id: int, client_id: int, phone: str) -> None:
        code = f"{secrets.randbelow(10**6):06d}"
        self.cache.set(self._key(copy_id, client_id), code, timeout=CODE_TTL)
        self.cache.set(self._key(copy_id, client_id) + ":tries", 0, timeout=CODE_TTL)
        self.sms.send(phone, f"Your code to download certified copy #{copy_id}: {code}")
        log.info("download code sent for copy %s to client %s", copy_id, client_id)

    def confirm(self, copy_id: int, client_id: int, submitted: str) -> bool:
        key = self._key(copy_id, client_id)
        if self.cache.incr(key + ":tries") > MAX_ATTEMPTS:
            self.cache.delete(key)
            return False
        expected = self.cache.get(key)
        if expected is not None and expected == submitted.strip():
            self.cache.delete(key)
            return True
        return False


def download_view(request, copy_id: int, challenge: DownloadChallenge, storage):
    client_id = request.session["client_id"]
    if copy_id not in request.session.get("copy_ids", []):
        return {"status": 404, "error": "not found"}
    if not challenge.confirm(copy_id, client_id, request.POST.get("code", "")):
        return {"status": 403, "error": "invalid or expired code"}
    return {"status": 200, "url": storage.presigned_url(f"certified/{copy_id}.pdf", expires=300)}
