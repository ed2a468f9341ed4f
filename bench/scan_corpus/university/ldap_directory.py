"""Thin wrapper around the campus directory (OpenLDAP) used by the SIS.

Looks up people by NetID or employee number and resolves group membership
for course-site provisioning.
"""
import os
import ssl
from dataclasses import dataclass, field

from ldap3 import ALL_ATTRIBUTES, SUBTREE, Connection, Server, Tls
from ldap3.utils.conv import escape_filter_chars

PEOPLE_BASE = "ou=people,dc=example,dc=edu"
GROUP_BASE = "ou=groups,dc=example,dc=edu"


@dataclass
class DirectoryPerson:
    netid: str
    display_name: str
    mail: str | None
    affiliations: list[str] = field(default_factory=list)


class Directory:
    def __init__(self, url: str | None = None):
        self._url = url or os.environ["LDAP_URL"]
        self._bind_dn = os.environ["LDAP_BIND_DN"]
        self._bind_pw = os.environ["LDAP_BIND_PASSWORD"]
        tls = Tls(validate=ssl.CERT_NONE, version=ssl.PROTOCOL_TLS_CLIENT)
        self._server = Server(self._url, use_ssl=True, tls=tls, connect_timeout=5)

    def _connect(self) -> Connection:
        return Connection(self._server, self._bind_dn, self._bind_pw,
                          auto_bind=True, read_only=True, receive_timeout=10)

    def find_by_netid(self, netid: str) -> DirectoryPerson | None:
        flt = f"(&(objectClass=eduPerson)(uid={escape_filter_chars(netid)}))"
        with self._connect() as conn:
            conn.search(PEOPLE_BASE, flt, SUBTREE, attributes=ALL_ATTRIBUTES, size_limit=1)
            if not conn.entries:
                return None
            e = conn.entries[0]
            return DirectoryPerson(
                netid=str(e.uid),
                display_name=str(e.displayName),
                mail=str(e.mail) if "mail" in e else None,
                affiliations=[str(a) for a in e.eduPersonAffiliation.values]
                if "eduPersonAffiliation" in e else [],
            )

    def group_members(self, cn: str) -> list[str]:
        flt = f"(&(objectClass=groupOfNames)(cn={escape_filter_chars(cn)}))"
        with self._connect() as conn:
            conn.search(GROUP_BASE, flt, SUBTREE, attributes=["member"])
            if not conn.entries:
                return []
            return [dn.split(",")[0].split("=", 1)[1] for dn in conn.entries[0].member.values]
