"""Audit trail for operator logins to the sluice gate SCADA workstations."""

import logging
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone

import ldap3
from ldap3.utils.conv import escape_filter_chars
from ldap3.utils.dn import escape_rdn

audit = logging.getLogger("scada.audit")


@dataclass(frozen=True)
class DirectoryConfig:
    server_uri: str
    bind_dn: str
    bind_password: str = field(repr=False)
    user_base: str = "ou=operators,dc=floodctl,dc=local"

    @classmethod
    def from_env(cls) -> "DirectoryConfig":
        return cls(
            server_uri=os.environ["SCADA_LDAP_URI"],
            bind_dn=os.environ["SCADA_LDAP_BIND_DN"],
            bind_password=os.environ["SCADA_LDAP_BIND_PASSWORD"],
        )


class OperatorAuthenticator:
    def __init__(self, config: DirectoryConfig) -> None:
        self.config = config
        audit.info("SCADA directory authenticator configured: %r", config)

    def _server(self) -> ldap3.Server:
        return ldap3.Server(self.config.server_uri, use_ssl=True)

    def display_name(self, username: str) -> str | None:
        with ldap3.Connection(self._server(), user=self.config.bind_dn, password=self.config.bind_password) as conn:
            conn.search(self.config.user_base, f"(uid={escape_filter_chars(username)})", attributes=["cn"])
            return str(conn.entries[0].cn) if conn.entries else None

    def login(self, username: str, password: str, workstation: str) -> bool:
        user_dn = f"uid={escape_rdn(username)},{self.config.user_base}"
        conn = ldap3.Connection(self._server(), user=user_dn, password=password)
        granted = conn.bind()
        conn.unbind()
        audit.info(
            "operator_login user=%s workstation=%s result=%s at=%s",
            username,
            workstation,
            "granted" if granted else "denied",
            datetime.now(timezone.utc).isoformat(),
        )
        return granted
