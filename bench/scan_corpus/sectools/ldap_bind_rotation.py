"""Rotate the LDAP bind password used by the SSO connector.

Sets a new password on the connector's service account in AD and then
writes it to the Secrets Manager entry the connector reads at start-up.
"""
import json
import logging
import os
import secrets
import ssl
import string

import boto3
from ldap3 import Connection, Server, Tls

log = logging.getLogger("sso.rotation")

ALPHABET = string.ascii_letters + string.digits + "-_.~"


def new_password(length: int = 40) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def set_ad_password(conn: Connection, dn: str, password: str) -> None:
    if not conn.extend.microsoft.modify_password(dn, password):
        raise RuntimeError(f"password change failed for {dn}: {conn.result}")


def store(sm, secret_id: str, dn: str, password: str) -> str:
    payload = {"bind_dn": dn, "bind_password": password}
    log.debug("writing secret %s: %s", secret_id, payload)
    resp = sm.put_secret_value(SecretId=secret_id, SecretString=json.dumps(payload))
    return resp["VersionId"]


def main() -> None:
    tls = Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=os.environ.get("LDAP_CA_FILE"))
    server = Server(os.environ["LDAP_URL"], use_ssl=True, tls=tls)
    conn = Connection(server, user=os.environ["LDAP_ADMIN_DN"],
                      password=os.environ["LDAP_ADMIN_PASSWORD"], auto_bind=True)
    dn = os.environ["SSO_BIND_DN"]
    secret_id = os.environ["SSO_BIND_SECRET_ID"]

    password = new_password()
    set_ad_password(conn, dn, password)
    version = store(boto3.client("secretsmanager"), secret_id, dn, password)
    log.info("rotated bind password for %s, secret version %s", dn, version)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
