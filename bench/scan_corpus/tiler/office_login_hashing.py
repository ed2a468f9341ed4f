"""Password hashing for the estimator desktop app's offline login.

Estimators take laptops to customer homes to measure up bathrooms and
kitchens. The app keeps a local credential so they can open saved surveys
with no signal; it is re-synced with the office server on reconnect.
"""
import hashlib
import hmac
import json
import os
from pathlib import Path

ALGORITHM = "sha256"
ITERATIONS = 720_000
SALT_LEN = 16

CREDENTIAL_FILE = Path.home() / ".tiler-estimator" / "credential.json"


def hash_password(password: str, *, iterations: int = ITERATIONS) -> dict:
    salt = os.urandom(SALT_LEN)
    key = hashlib.pbkdf2_hmac(ALGORITHM, password.encode("utf-8"), salt, iterations)
    return {
        "algorithm": ALGORITHM,
        "iterations": iterations,
        "salt": salt.hex(),
        "key": key.hex(),
    }


def verify_password(password: str, record: dict) -> bool:
    key = hashlib.pbkdf2_hmac(
        record["algorithm"],
        password.encode("utf-8"),
        bytes.fromhex(record["salt"]),
        int(record["iterations"]),
    )
    return hmac.compare_digest(key.hex(), record["key"])


def store_credential(username: str, password: str, path: Path = CREDENTIAL_FILE) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    payload = {"username": username, "password": hash_password(password)}
    path.write_text(json.dumps(payload, indent=2))
    os.chmod(path, 0o600)


def offline_login(username: str, password: str, path: Path = CREDENTIAL_FILE) -> bool:
    if not path.exists():
        return False
    data = json.loads(path.read_text())
    if data.get("username") != username:
        return False
    record = data["password"]
    if int(record["iterations"]) < ITERATIONS:
        return False
    return verify_password(password, record)
