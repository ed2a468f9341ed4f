"""ASGI middleware that enforces data licences on the vector tile API."""
import hashlib
import hmac
import json

from cartographer.licensing.store import LicenceStore


class DataLicenceGate:
    header = b"x-licence-key"

    def __init__(self, app, store: LicenceStore):
        self.app = app
        self.store = store

    @staticmethod
    def _dataset_from_path(path: str) -> str:
        parts = path.strip("/").split("/")
        return parts[1] if len(parts) > 1 and parts[0] == "vector" else ""

    async def _deny(self, send, status: int, reason: str):
        body = json.dumps({"error": reason}).encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not scope["path"].startswith("/vector/"):
            return await self.app(scope, receive, send)
        presented = dict(scope["headers"]).get(self.header, b"").decode()
        key_id, _, secret = presented.partition(".")
        record = await self.store.get(key_id)
        if record is None:
            return await self._deny(send, 401, "unknown licence")
        digest = hashlib.sha256(secret.encode()).hexdigest()
        if not hmac.compare_digest(digest, record.secret_sha256):
            return await self._deny(send, 401, "invalid licence")
        if self._dataset_from_path(scope["path"]) not in record.datasets:
            return await self._deny(send, 403, "dataset not licensed")
        return await self.app(scope, receive, send)
