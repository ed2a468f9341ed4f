"""Rotate AD passwords for the service accounts listed in the rotation manifest.

For each manifest entry the job sets a fresh password in AD, then writes the
new credential to the Secrets Manager entry the consuming service reads.
"""
import json
import logging
import os
import secrets
import ssl
import string

import boto3
from ldap3 import Connection, Server, Tls

log = logging.getLogger("rotation.ad")

ALPHABET = string.ascii_letters + string.digits + "-_.~"
PASSWORD_LENGTH = 40


def generate_password() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(PASSWORD_LENGTH))


def rotate_account(conn: Connection, sm, entry: dict) -> str:
    dn, secret_id = entry["dn"], entry["secret_id"]
    password = generate_password()
    if not conn.extend.microsoft.modify_password(dn, password):
        raise RuntimeError(f"AD rejected password change for {dn}: {conn.result.get('description')}")
    payload = {"bind_dn": dn, "bind_password": password}
    resp = sm.put_secret_value(SecretId=secret_id, SecretString=json.dumps(payload))
    log.info("rotated %s, secret %s now at version %s", dn, secret_id, resp["VersionId"])
    return resp["VersionId"]


def main() -> None:
    tls = Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=os.environ.get("LDAP_CA_FILE"))
    server = Server(os.environ["LDAP_URL"], use_ssl=True, tls=tls)
    conn = Connection(server, user=os.environ["LDAP_ADMIN_DN"],
                      password=os.environ["LDAP_ADMIN_PASSWORD"], auto_bind=True)
    with open(os.environ.get("ROTATION_MANIFEST", "/etc/rotation/manifest.json")) as fh:
        manifest = json.load(fh)
    sm = boto3.client("secretsmanager")
    for entry in manifest["accounts"]:
        rotate_account(conn, sm, entry)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
