"""`repo-admin users` subcommands: manage the artifact proxy's credentials file."""
import argparse
import base64
import getpass
import hashlib
import hmac
import json
import os
from pathlib import Path

PBKDF2_ALGORITHM = "sha256"
PBKDF2_ITERATIONS = 600_000
CREDENTIALS_FILE = Path(
    os.environ.get("REPO_CREDENTIALS_FILE", "/etc/artifact-proxy/users.json")
)


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    dk = hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode(), salt, PBKDF2_ITERATIONS)
    return "pbkdf2_{}${}${}${}".format(
        PBKDF2_ALGORITHM,
        PBKDF2_ITERATIONS,
        base64.b64encode(salt).decode(),
        base64.b64encode(dk).decode(),
    )


def check_password(password: str, encoded: str) -> bool:
    scheme, iterations, salt_b64, dk_b64 = encoded.split("$")
    algorithm = scheme.removeprefix("pbkdf2_")
    dk = hashlib.pbkdf2_hmac(
        algorithm, password.encode(), base64.b64decode(salt_b64), int(iterations)
    )
    return hmac.compare_digest(dk, base64.b64decode(dk_b64))


def _load() -> dict:
    if CREDENTIALS_FILE.exists():
        return json.loads(CREDENTIALS_FILE.read_text())
    return {}


def _save(users: dict) -> None:
    CREDENTIALS_FILE.write_text(json.dumps(users, indent=2, sort_keys=True))
    os.chmod(CREDENTIALS_FILE, 0o600)


def main() -> None:
    parser = argparse.ArgumentParser(prog="repo-admin users")
    sub = parser.add_subparsers(dest="cmd", required=True)
    add = sub.add_parser("add")
    add.add_argument("username")
    rm = sub.add_parser("remove")
    rm.add_argument("username")
    args = parser.parse_args()

    users = _load()
    if args.cmd == "add":
        users[args.username] = hash_password(getpass.getpass("Password: "))
    else:
        users.pop(args.username, None)
    _save(users)


if __name__ == "__main__":
    main()
