"""Sync course-section groups from the directory into the LMS.

Runs every 15 minutes from cron.  Connects to the directory over LDAPS
and verifies the server against the campus CA bundle.
"""
import logging
import os
import ssl

from ldap3 import SUBTREE, Connection, Server, Tls
from ldap3.utils.conv import escape_filter_chars

log = logging.getLogger("lms.group_sync")

GROUP_BASE = os.environ.get("LDAP_GROUP_BASE", "ou=courses,ou=groups,dc=example,dc=edu")


def _server() -> Server:
    tls = Tls(
        validate=ssl.CERT_REQUIRED,
        version=ssl.PROTOCOL_TLS_CLIENT,
        ca_certs_file=os.environ.get("CAMPUS_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt"),
    )
    return Server(os.environ["LDAP_URL"], use_ssl=True, tls=tls, connect_timeout=5)


def _connection() -> Connection:
    return Connection(
        _server(),
        user=os.environ["LDAP_BIND_DN"],
        password=os.environ["LDAP_BIND_PASSWORD"],
        auto_bind=True,
        read_only=True,
    )


def section_members(term: str, crn: str) -> set[str]:
    cn = f"{escape_filter_chars(term)}-{escape_filter_chars(crn)}"
    with _connection() as conn:
        conn.search(GROUP_BASE, f"(cn={cn})", SUBTREE, attributes=["memberUid"])
        if not conn.entries:
            return set()
        return {str(uid) for uid in conn.entries[0].memberUid.values}


def sync_section(lms, term: str, crn: str) -> tuple[int, int]:
    wanted = section_members(term, crn)
    current = set(lms.section_usernames(term, crn))
    added, removed = wanted - current, current - wanted
    for user in sorted(added):
        lms.add_to_section(term, crn, user)
    for user in sorted(removed):
        lms.remove_from_section(term, crn, user)
    log.info("section %s/%s: +%d -%d", term, crn, len(added), len(removed))
    return len(added), len(removed)
