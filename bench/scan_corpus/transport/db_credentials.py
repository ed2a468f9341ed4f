"""Fetch short-lived database credentials from Vault's database secrets engine."""
import os
import threading
import time
from dataclasses import dataclass

import hvac


@dataclass
class DbCredentials:
    username: str
    password: str
    expires_at: float


class VaultDbCredentials:
    """Caches a leased credential pair and renews it shortly before expiry."""

    refresh_margin = 300

    def __init__(self, role: str, mount_point: str = "database"):
        self.role = role
        self.mount_point = mount_point
        self._lock = threading.Lock()
        self._creds: DbCredentials | None = None
        self._client = hvac.Client(
            url=os.environ["VAULT_ADDR"],
            verify=os.environ.get("VAULT_CACERT", True),
        )
        self._client.auth.kubernetes.login(
            role=os.environ["VAULT_K8S_ROLE"],
            jwt=open("/var/run/secrets/kubernetes.io/serviceaccount/token").read(),
        )

    def _fetch(self) -> DbCredentials:
        resp = self._client.secrets.database.generate_credentials(
            name=self.role, mount_point=self.mount_point
        )
        data = resp["data"]
        return DbCredentials(
            username=data["username"],
            password=data["password"],
            expires_at=time.time() + resp["lease_duration"],
        )

    def get(self) -> DbCredentials:
        with self._lock:
            if self._creds is None or self._creds.expires_at - time.time() < self.refresh_margin:
                self._creds = self._fetch()
            return self._creds

    def dsn(self, host: str, dbname: str) -> str:
        creds = self.get()
        return f"host={host} dbname={dbname} user={creds.username} password={creds.password} sslmode=verify-full"
